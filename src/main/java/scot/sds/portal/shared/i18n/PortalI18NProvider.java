package scot.sds.portal.shared.i18n;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Vaadin's translations through ICU4J: CLDR plural rules (Polish one/few/many/other, Arabic's six forms),
 * {@code select}, and numbers and dates as each language writes them.
 */
@Component
public class PortalI18NProvider implements I18NProvider {

    private static final Logger LOG = LoggerFactory.getLogger(PortalI18NProvider.class);

    private final Languages languages;
    private final MessageCatalogue catalogue;

    public PortalI18NProvider(Languages languages, MessageCatalogue catalogue) {
        this.languages = languages;
        this.catalogue = catalogue;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return languages.all().stream().map(Language::locale).toList();
    }

    /**
     * Formats {@code key}. Arguments are either one {@code Map} of named arguments ({@code {count}}) or
     * positional ones ({@code {0}}).
     */
    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Language language = languages.of(locale);
        String pattern = catalogue.pattern(key, language, ReadingMode.of(locale));
        if (pattern == null) {
            LOG.error("No text for key {}", key);
            return key;
        }
        if (params.length == 0 && pattern.indexOf('{') < 0 && pattern.indexOf('\'') < 0) {
            return pattern;
        }
        MessageFormat format = new MessageFormat(pattern, ULocale.forLocale(language.locale()));
        if (params.length == 1 && params[0] instanceof Map<?, ?> named) {
            @SuppressWarnings("unchecked")
            Map<String, Object> arguments = (Map<String, Object>) named;
            return format.format(arguments);
        }
        return format.format(params);
    }
}
