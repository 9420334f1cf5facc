package scot.sds.portal.shared.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every text of the portal, per language and reading mode, in one bundle per feature:
 * {@code i18n/standard/<feature>/<tag>.properties} and {@code i18n/easy-read/<feature>/<tag>.properties},
 * UTF-8, ICU message syntax. A key belongs to one bundle only.
 */
@Component
public class MessageCatalogue {

    private final Languages languages;
    private final Map<String, Map<String, String>> standard = new HashMap<>();
    private final Map<String, Map<String, String>> easyRead = new HashMap<>();

    public MessageCatalogue(Languages languages) {
        this.languages = languages;
        for (Language language : languages.all()) {
            standard.put(language.tag(), loadAll(pattern(ReadingMode.STANDARD, language.tag())));
            easyRead.put(language.tag(), loadAll(pattern(ReadingMode.EASY_READ, language.tag())));
        }
    }

    /** The classpath pattern of every bundle's file for a language tag in a reading mode. */
    public static String pattern(ReadingMode mode, String tag) {
        String folder = mode == ReadingMode.EASY_READ ? "easy-read" : "standard";
        return "classpath*:i18n/" + folder + "/*/" + tag + ".properties";
    }

    /**
     * The message pattern for {@code key}; falls back to the standard text, then to the first language, so a
     * person never sees a bare key (the build fails on any gap before that could happen).
     */
    public String pattern(String key, Language language, ReadingMode mode) {
        if (mode == ReadingMode.EASY_READ) {
            String easy = easyRead.get(language.tag()).get(key);
            if (easy != null) {
                return easy;
            }
        }
        String text = standard.get(language.tag()).get(key);
        if (text == null && mode == ReadingMode.EASY_READ) {
            text = easyRead.get(languages.fallback().tag()).get(key);
        }
        return text != null ? text : standard.get(languages.fallback().tag()).get(key);
    }

    /** All messages of one language in one reading mode, for the build's completeness checks. */
    public Map<String, String> messages(Language language, ReadingMode mode) {
        return Map.copyOf((mode == ReadingMode.EASY_READ ? easyRead : standard).get(language.tag()));
    }

    /** Reads every file matching a classpath pattern into one map; a key defined twice is an error. */
    static Map<String, String> loadAll(String locationPattern) {
        Map<String, String> messages = new HashMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(locationPattern)) {
                try (InputStream stream = resource.getInputStream()) {
                    read(stream).forEach((key, value) -> {
                        if (messages.putIfAbsent(key, value) != null) {
                            throw new IllegalStateException("Key " + key + " is defined twice, again in " + resource);
                        }
                    });
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return messages;
    }

    private static Map<String, String> read(InputStream stream) throws IOException {
        Properties properties = new Properties();
        properties.load(new InputStreamReader(stream, StandardCharsets.UTF_8));
        Map<String, String> messages = new HashMap<>();
        properties.forEach((key, value) -> messages.put((String) key, (String) value));
        return messages;
    }
}
