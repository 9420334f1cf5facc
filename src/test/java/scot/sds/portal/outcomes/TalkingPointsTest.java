package scot.sds.portal.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import scot.sds.portal.shared.i18n.Languages;
import scot.sds.portal.shared.i18n.MessageCatalogue;
import scot.sds.portal.shared.i18n.Pictures;
import scot.sds.portal.shared.i18n.ReadingMode;

/** Every outcome in the council's outcomes file has its name and description, in easy read too, and a picture. */
class TalkingPointsTest {

    @Test
    void every_outcome_has_its_texts_and_a_picture_that_exists() {
        TalkingPoints talkingPoints = new TalkingPoints(new ClassPathResource("outcomes/talking-points.json"));
        Languages languages = new Languages();
        MessageCatalogue catalogue = new MessageCatalogue(languages);
        Pictures pictures = new Pictures();
        Map<String, String> standard = catalogue.messages(languages.fallback(), ReadingMode.STANDARD);
        Map<String, String> easyRead = catalogue.messages(languages.fallback(), ReadingMode.EASY_READ);

        assertThat(talkingPoints.all()).hasSize(22).allSatisfy(point -> {
            assertThat(standard).containsKeys(point.nameKey(), point.descriptionKey());
            assertThat(easyRead).containsKeys(point.nameKey(), point.descriptionKey());
            assertThat(pictures.svg(point.picture())).as("picture " + point.picture()).isPresent();
        });
        assertThat(standard.keySet().stream().filter(key -> key.startsWith("outcome."))).hasSize(44);
    }
}
