package scot.sds.portal.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import scot.sds.portal.shared.i18n.Language;
import scot.sds.portal.shared.i18n.Languages;
import scot.sds.portal.shared.i18n.MessageCatalogue;
import scot.sds.portal.shared.i18n.Pictures;
import scot.sds.portal.shared.i18n.ReadingMode;

/**
 * The council's questionnaire file can be asked: it reads without problems, every question has its texts in every
 * language and in easy read and a picture that exists, and a file that could not be asked is refused with reasons.
 */
class QuestionnaireTest {

    static final Path COUNCIL_FILE = Path.of("src/main/resources/questionnaires/pre-assessment.json");
    static final Path FIXTURE_FILE = Path.of("src/test/resources/questionnaires/pre-assessment-with-pets.json");

    private final Languages languages = new Languages();
    private final MessageCatalogue catalogue = new MessageCatalogue(languages);
    private final Pictures pictures = new Pictures();

    @Test
    void the_councils_file_reads_without_problems_and_covers_every_part_of_a_life() throws IOException {
        Questionnaire questionnaire = QuestionnaireReader.read(Files.readString(COUNCIL_FILE));

        assertThat(questionnaire.version()).isEqualTo(1);
        assertThat(questionnaire.sections()).extracting(Section::id).containsExactly("about-me", "daily-living",
                "health", "who-helps", "safety", "carer", "contingency");
        assertThat(questionnaire.sections().stream().flatMap(section -> section.questions().stream())
                .map(Question::type).distinct()).containsExactlyInAnyOrder(AnswerType.values());
        assertThat(questionnaire.question("personal-care")).hasValueSatisfying(question -> {
            assertThat(question.choices()).containsExactly("never", "some-days", "most-days", "every-day");
            assertThat(question.budgetFactor()).isEqualTo("personal-care");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"src/main/resources/questionnaires/pre-assessment.json",
            "src/test/resources/questionnaires/pre-assessment-with-pets.json"})
    void every_question_has_its_texts_in_every_language_and_easy_read_and_a_picture(String file) throws IOException {
        Questionnaire questionnaire = QuestionnaireReader.read(Files.readString(Path.of(file)));
        List<String> missing = new ArrayList<>();
        for (Language language : languages.all()) {
            for (ReadingMode mode : ReadingMode.values()) {
                Map<String, String> messages = catalogue.messages(language, mode);
                textKeys(questionnaire).stream().filter(key -> !messages.containsKey(key))
                        .forEach(key -> missing.add(language.tag() + " " + mode + ": " + key));
            }
        }
        assertThat(missing).isEmpty();
        assertThat(pictureNames(questionnaire)).allSatisfy(name -> assertThat(pictures.svg(name))
                .as("picture " + name).isPresent());
    }

    @Test
    void every_questionnaire_text_belongs_to_a_question_in_a_file() throws IOException {
        Set<String> used = new TreeSet<>(textKeys(QuestionnaireReader.read(Files.readString(COUNCIL_FILE))));
        used.addAll(textKeys(QuestionnaireReader.read(Files.readString(FIXTURE_FILE))));
        Set<String> defined = new TreeSet<>(catalogue.messages(languages.fallback(), ReadingMode.STANDARD).keySet()
                .stream().filter(key -> key.startsWith("question.") || key.startsWith("section.")
                        || key.startsWith("questionnaire."))
                .toList());

        assertThat(defined).isEqualTo(used);
    }

    @Test
    void a_file_that_could_not_be_asked_is_refused_with_its_reasons() {
        String broken = """
                {"name": "pre-assessment", "version": 3, "sections": [
                  {"id": "about-me", "picture": "house", "questions": [
                    {"id": "pets", "type": "SINGLE_CHOICE", "picture": "dog-face"},
                    {"id": "walks", "type": "FREE_TEXT", "picture": "dog-face",
                     "showIf": {"question": "garden", "anyOf": ["yes"]}},
                    {"id": "garden", "type": "YES_NO", "picture": "house", "optional": true},
                    {"id": "garden", "type": "NUMBER", "picture": "house", "min": 5, "max": 1},
                    {"id": "age", "type": "YES_NO", "picture": "", "showIf": {"question": "pets", "anyOf": ["cat"]}}
                  ]}]}
                """;
        assertThat(QuestionnaireReader.problems(QuestionnaireReader.parse(broken))).containsExactlyInAnyOrder(
                "question pets needs options",
                "question walks depends on garden, which is not an earlier question",
                "question garden: only free text may be left blank",
                "the question id garden is used twice",
                "question garden needs a min no bigger than its max",
                "question age needs a picture for easy read",
                "question age depends on answers [cat] that pets cannot have");
        assertThatThrownBy(() -> QuestionnaireReader.read(broken)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("walks depends on garden");
        assertThatThrownBy(() -> QuestionnaireReader.read("""
                {"name": "pre-assessment", "version": 1, "colour": "blue", "sections": []}
                """)).hasMessageContaining("colour");
    }

    private static List<String> textKeys(Questionnaire questionnaire) {
        List<String> keys = new ArrayList<>();
        for (Section section : questionnaire.sections()) {
            keys.add(section.titleKey());
            for (Question question : section.questions()) {
                keys.add(question.textKey());
                if (question.hint()) {
                    keys.add(question.hintKey());
                }
                if (question.whyWeAsk()) {
                    keys.add(question.whyKey());
                }
                question.choices().forEach(choice -> keys.add(question.choiceKey(choice)));
            }
        }
        return keys.stream().distinct().toList();
    }

    private static List<String> pictureNames(Questionnaire questionnaire) {
        List<String> names = new ArrayList<>();
        questionnaire.sections().forEach(section -> {
            names.add(section.picture());
            section.questions().forEach(question -> names.add(question.picture()));
        });
        return names;
    }
}
