package scot.sds.portal.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import scot.sds.portal.shared.i18n.Languages;
import scot.sds.portal.shared.i18n.MessageCatalogue;
import scot.sds.portal.shared.i18n.ReadingMode;

/**
 * UI code holds no words for people to read, only message keys, and every key it names exists. Together with
 * {@link ArchitectureTest}'s rule that components live in {@code ui} packages, this covers every view.
 */
class HardCodedTextTest {

    private static final Path MAIN = Path.of("src/main/java");

    @Test
    void ui_code_has_no_hard_coded_user_facing_text() throws IOException {
        assertThat(findings(false)).isEmpty();
    }

    @Test
    void every_message_key_named_in_ui_code_exists() throws IOException {
        assertThat(findings(true)).isEmpty();
    }

    @Test
    void planted_hard_coded_labels_are_caught() {
        String view = """
                class PlantedView {
                    // "Comments may say Anything they like"
                    void build() {
                        add(new Button("Continue"));
                        add(new Span("Signed in as " + name));
                        add(new H1("اپنی مدد کی منصوبہ بندی"));
                        add(new Span(getTranslation("start.title")));
                        getElement().setAttribute("aria-live", "polite");
                        addClassName("easy-read-point");
                        getPage().executeJs("const h = document.querySelector('main h1'); if (h) h.focus();");
                    }
                }
                """;
        List<String> found = JavaStringLiterals.in(view).stream()
                .filter(literal -> UserFacingText.looksUserFacing(literal.value()))
                .map(JavaStringLiterals.Literal::value)
                .toList();
        assertThat(found).containsExactly("Continue", "Signed in as ", "اپنی مدد کی منصوبہ بندی");
    }

    private static List<String> findings(boolean missingKeys) throws IOException {
        Languages languages = new Languages();
        Set<String> keys = new MessageCatalogue(languages).messages(languages.fallback(), ReadingMode.STANDARD).keySet();
        List<String> findings = new ArrayList<>();
        for (Path file : uiSources()) {
            for (var literal : JavaStringLiterals.in(Files.readString(file))) {
                String where = MAIN.relativize(file) + ":" + literal.line() + " \"" + literal.value() + "\"";
                if (!missingKeys && UserFacingText.looksUserFacing(literal.value())
                        && !isDeveloperMessage(file, literal.line())) {
                    findings.add(where);
                }
                if (missingKeys && !literal.joined() && UserFacingText.MESSAGE_KEY.matcher(literal.value()).matches()
                        && !keys.contains(literal.value())) {
                    findings.add(where + " is not a message key in the catalogue");
                }
            }
        }
        return findings;
    }

    /** Exceptions' messages are for developers reading logs, never shown to a person. */
    private static boolean isDeveloperMessage(Path file, int line) {
        try {
            List<String> lines = Files.readAllLines(file);
            String statement = lines.get(line - 1) + (line >= 2 ? lines.get(line - 2) : "");
            return statement.contains("Exception(");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<Path> uiSources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> file.toString().contains("/ui/"))
                    .sorted()
                    .toList();
        }
    }
}
