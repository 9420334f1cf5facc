package scot.sds.portal.shared.i18n;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The languages the portal offers, read from {@code i18n/languages.csv}: the one place a council sees which
 * translations are drafts awaiting a professional translator.
 */
@Component
public class Languages {

    static final String FILE = "i18n/languages.csv";

    private final List<Language> all;

    public Languages() {
        this.all = List.copyOf(read());
    }

    public List<Language> all() {
        return all;
    }

    /** The language written first in the file, used when nothing else matches. */
    public Language fallback() {
        return all.getFirst();
    }

    /** The offered language for a tag such as {@code pl} or {@code zh-Hans}, ignoring case. */
    public Optional<Language> byTag(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        return all.stream().filter(language -> language.tag().equalsIgnoreCase(tag.trim())).findFirst();
    }

    /** The offered language for a locale, matching language and, where given, script. */
    public Language of(Locale locale) {
        return all.stream()
                .filter(language -> matches(language.locale(), locale))
                .findFirst()
                .orElse(fallback());
    }

    /**
     * The best offered language for a browser's {@code Accept-Language} header, or empty if none of the
     * browser's languages is offered.
     */
    public Optional<Language> bestFor(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Optional.empty();
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                Locale wanted = Locale.forLanguageTag(range.getRange());
                Optional<Language> match = all.stream()
                        .filter(language -> matches(language.locale(), wanted))
                        .findFirst();
                if (match.isPresent()) {
                    return match;
                }
            }
        } catch (IllegalArgumentException malformedHeader) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean matches(Locale offered, Locale wanted) {
        if (!offered.getLanguage().equals(wanted.getLanguage())) {
            return false;
        }
        // Chinese is offered in Simplified script: zh-CN and zh-SG browsers read it; zh-TW and zh-HK do not.
        if (!offered.getScript().isEmpty()) {
            String script = wanted.getScript();
            if (script.isEmpty()) {
                String country = wanted.getCountry();
                return country.isEmpty() || country.equals("CN") || country.equals("SG");
            }
            return offered.getScript().equals(script);
        }
        return true;
    }

    private static List<Language> read() {
        var stream = Languages.class.getClassLoader().getResourceAsStream(FILE);
        if (stream == null) {
            throw new IllegalStateException(FILE + " is missing from the classpath");
        }
        List<Language> languages = new ArrayList<>();
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            reader.readLine(); // column names
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split(",", -1);
                String tag = columns[0].trim();
                String formatsAs = columns.length > 4 && !columns[4].isBlank() ? columns[4].trim() : tag;
                languages.add(new Language(tag, columns[1].trim(), "rtl".equals(columns[2].trim()),
                        "draft".equals(columns[3].trim()), formatsAs));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (languages.isEmpty()) {
            throw new IllegalStateException(FILE + " lists no language");
        }
        return languages;
    }
}
