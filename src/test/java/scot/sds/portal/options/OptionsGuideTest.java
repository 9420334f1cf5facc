package scot.sds.portal.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import scot.sds.portal.shared.i18n.Languages;
import scot.sds.portal.shared.i18n.MessageCatalogue;
import scot.sds.portal.shared.i18n.ReadingMode;

/**
 * The council's guide: each option either fits every answer given or says which it may not fit; it never picks
 * one, and a file naming an option that does not exist is refused.
 */
class OptionsGuideTest {

    private final OptionsComparison comparison = new OptionsComparison(
            new ClassPathResource("options/comparison.json"));
    private final OptionsGuide guide = new OptionsGuide(new ClassPathResource("options/guide.json"), comparison);

    @Test
    void options_that_fit_every_answer_and_those_that_may_not_fit_some() {
        assertThat(guide.fits(Map.of())).allMatch(OptionsGuide.Fit::fitsAll).hasSize(4);
        assertThat(guide.fits(Map.of("control", "council"))).containsExactly(
                new OptionsGuide.Fit("option-1", List.of("control")),
                new OptionsGuide.Fit("option-2", List.of("control")),
                new OptionsGuide.Fit("option-3", List.of()),
                new OptionsGuide.Fit("option-4", List.of("control")));
        assertThat(guide.fits(Map.of("money", "no", "employ", "yes"))).extracting(OptionsGuide.Fit::mayNotFit)
                .containsExactly(List.of("money"), List.of("employ"),
                        List.of("employ"), List.of("money"));
        assertThat(guide.fits(Map.of("control", "a-lot", "money", "yes", "employ", "yes")))
                .filteredOn(OptionsGuide.Fit::fitsAll).extracting(OptionsGuide.Fit::optionId)
                .containsExactly("option-1", "option-4");
        assertThatThrownBy(() -> guide.fits(Map.of("control", "sometimes")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void every_question_and_answer_has_its_texts() {
        Languages languages = new Languages();
        MessageCatalogue catalogue = new MessageCatalogue(languages);
        for (ReadingMode mode : ReadingMode.values()) {
            Map<String, String> texts = catalogue.messages(languages.fallback(), mode);
            for (OptionsGuide.Question question : guide.questions()) {
                assertThat(texts).containsKeys("options.guide.question." + question.id(),
                        "options.guide.topic." + question.id());
                question.answers().forEach(answer -> assertThat(texts)
                        .containsKey("options.guide.answer." + question.id() + "." + answer.id()));
            }
        }
    }

    @Test
    void a_guide_naming_an_option_that_does_not_exist_is_refused() {
        ByteArrayResource broken = new ByteArrayResource("""
                {"questions": [{"id": "control", "answers": [{"id": "a-lot", "fits": ["option-9"]}]}]}
                """.getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> new OptionsGuide(broken, comparison)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("option-9");
    }
}
