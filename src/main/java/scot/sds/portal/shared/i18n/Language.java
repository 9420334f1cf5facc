package scot.sds.portal.shared.i18n;

import java.util.Locale;

/**
 * A language the portal is offered in.
 *
 * @param tag BCP 47 tag, used for {@code lang}, {@code hreflang} and the message file names
 * @param nativeName the language named in itself, as the language navigation shows it
 * @param rightToLeft whether the language is written right to left
 * @param draft whether its translation still awaits review by a professional translator
 */
public record Language(String tag, String nativeName, boolean rightToLeft, boolean draft) {

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }
}
