package scot.sds.portal.shared.i18n;

import java.util.Locale;

/**
 * A language the portal is offered in.
 *
 * @param tag BCP 47 tag, used for {@code lang}, {@code hreflang} and the message file names
 * @param nativeName the language named in itself, as the language navigation shows it
 * @param rightToLeft whether the language is written right to left
 * @param draft whether its translation still awaits review by a professional translator
 * @param formatsAs the locale whose conventions dates and numbers follow, such as {@code en-GB} for English
 */
public record Language(String tag, String nativeName, boolean rightToLeft, boolean draft, String formatsAs) {

    /** The language as a locale for formatting: English dates read "1 December 2026", as in the UK. */
    public Locale locale() {
        return Locale.forLanguageTag(formatsAs);
    }
}
