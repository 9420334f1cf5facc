package scot.sds.portal.shared;

import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import scot.sds.portal.shared.i18n.Pictures;

/** Serves easy-read pictures as cacheable SVG files, so each one crosses the network once. */
@RestController
class PictureController {

    private static final MediaType SVG = MediaType.parseMediaType("image/svg+xml");

    private final Pictures pictures;

    PictureController(Pictures pictures) {
        this.pictures = pictures;
    }

    @GetMapping(Pictures.PATH + "{name:[a-z0-9-]+}.svg")
    ResponseEntity<String> picture(@PathVariable String name) {
        return pictures.svg(name)
                .map(svg -> ResponseEntity.ok()
                        .contentType(SVG)
                        .cacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePublic())
                        .body(svg))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
