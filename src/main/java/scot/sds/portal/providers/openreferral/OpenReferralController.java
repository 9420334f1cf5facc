package scot.sds.portal.providers.openreferral;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import scot.sds.portal.providers.DirectorySearch;
import scot.sds.portal.providers.ServiceSummary;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.shared.api.NotFound;

/**
 * The directory as an Open Referral UK (HSDS 3.0) API: the endpoints HSDS requires, read-only. It lists the services
 * people can find in the portal, in name order. Open data, so any web page may read it.
 */
@RestController
@RequestMapping("/" + Paths.OPEN_REFERRAL_API)
@CrossOrigin(origins = "*", methods = RequestMethod.GET)
class OpenReferralController {

    private static final String HSDS_VERSION = "3.0";
    /** The API follows HSDS itself, with no profile: the profile it names is the specification's own. */
    private static final String PROFILE = "https://github.com/openreferral/specification/tree/3.0";
    private static final String OPENAPI_URL = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/"
            + "openapi.json";

    private final DirectorySearch directory;
    private final HsdsServices hsds;
    private final Vocabulary vocabulary;

    OpenReferralController(DirectorySearch directory, HsdsServices hsds, Vocabulary vocabulary) {
        this.directory = directory;
        this.hsds = hsds;
        this.vocabulary = vocabulary;
    }

    @GetMapping({"", "/"})
    ResponseEntity<byte[]> about() {
        return HsdsJson.ok(new Hsds.ApiInfo(HSDS_VERSION, PROFILE, OPENAPI_URL));
    }

    @GetMapping("/services")
    ResponseEntity<byte[]> services(@RequestParam MultiValueMap<String, String> parameters) {
        ServiceListRequest request = ServiceListRequest.read(parameters);
        List<ServiceSummary> found = directory.everyMatch(request.query()).stream()
                .filter(service -> wanted(service, request)).toList();
        int perPage = request.perPage();
        int pages = (found.size() + perPage - 1) / perPage;
        long from = (long) (request.page() - 1) * perPage;
        List<ServiceSummary> page = from >= found.size() ? List.of()
                : found.subList((int) from, (int) Math.min(found.size(), from + perPage));
        List<Hsds.Service> contents = page.stream().map(request.full() ? hsds::full : hsds::listed).toList();
        return HsdsJson.ok(new Hsds.Page(found.size(), pages, request.page(), contents.size(), request.page() == 1,
                request.page() >= pages, contents.isEmpty(), contents));
    }

    @GetMapping("/services/{id}")
    ResponseEntity<byte[]> service(@PathVariable String id) {
        return HsdsJson.ok(stableId(id).flatMap(directory::findable).map(hsds::full)
                .orElseThrow(() -> new NotFound("No active service has that id")));
    }

    /** Anything else under the API's address is not found, said in JSON like every other answer of the API. */
    @GetMapping("/**")
    ResponseEntity<byte[]> elsewhere() {
        throw new NotFound("The API offers /, /services and /services/{id}");
    }

    /** Whether a service the directory found meets what the portal's search does not know of. */
    private boolean wanted(ServiceSummary service, ServiceListRequest request) {
        return (request.modifiedAfter() == null || !service.updated().isBefore(request.modifiedAfter()))
                && (request.termIds().isEmpty() || vocabulary.describing(service.record()).stream()
                        .map(Vocabulary.Term::id).collect(Collectors.toSet()).containsAll(request.termIds()));
    }

    private static Optional<UUID> stableId(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
