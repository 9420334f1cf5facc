package scot.sds.portal.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import scot.sds.portal.shared.ui.PageContent;

/** Easy read keeps its promises: short sentences, and a picture from the installed set beside every point. */
class EasyReadTest {

    private static final int MOST_WORDS_IN_A_SENTENCE = 15;
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");

    private final Languages languages = new Languages();
    private final MessageCatalogue catalogue = new MessageCatalogue(languages);
    private final Pictures pictures = new Pictures();

    @Test
    void every_english_easy_read_sentence_has_at_most_fifteen_words() {
        Map<String, String> easyRead = catalogue.messages(languages.fallback(), ReadingMode.EASY_READ);
        List<String> tooLong = easyRead.entrySet().stream()
                .flatMap(entry -> SENTENCE_END.splitAsStream(entry.getValue())
                        .filter(sentence -> words(sentence) > MOST_WORDS_IN_A_SENTENCE)
                        .map(sentence -> entry.getKey() + ": " + sentence))
                .sorted()
                .toList();
        assertThat(tooLong).isEmpty();
    }

    @Test
    void sentence_length_counts_words_not_arguments_or_punctuation() {
        assertThat(words("Call {phone} today.")).isEqualTo(3);
        assertThat(words("One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen"
                + " sixteen")).isEqualTo(16);
    }

    @Test
    void every_point_has_a_picture_that_exists_in_the_installed_set() {
        List<String> pointKeys = catalogue.messages(languages.fallback(), ReadingMode.STANDARD).keySet().stream()
                .filter(key -> PageContent.POINT_KEY.matcher(key).matches())
                .sorted()
                .toList();
        assertThat(pointKeys).isNotEmpty();
        assertThat(pointKeys).allSatisfy(key -> assertThat(pictures.forKey(key))
                .as("picture for " + key).hasValueSatisfying(name -> assertThat(pictures.svg(name))
                        .as("picture " + name + " in the installed set").isPresent()));
    }

    @Test
    void every_chosen_picture_belongs_to_a_text_that_exists() {
        var keys = catalogue.messages(languages.fallback(), ReadingMode.STANDARD).keySet();
        assertThat(pictures.choices().keySet()).allSatisfy(key -> assertThat(keys).contains(key));
    }

    /** Words as a reader counts them: an argument such as {council} counts as one. */
    static int words(String sentence) {
        String plain = sentence.replaceAll("\\{[^}]*}", "x").replaceAll("[^\\p{L}\\p{N}'’@.-]+", " ").strip();
        return plain.isEmpty() ? 0 : plain.split("\\s+").length;
    }
}
