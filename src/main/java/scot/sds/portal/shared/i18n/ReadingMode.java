package scot.sds.portal.shared.i18n;

import java.util.Locale;

/**
 * Standard or easy-read text. Easy read travels inside the UI's locale as the variant {@code easyread}, so
 * switching it re-renders every page through Vaadin's own locale-change mechanism, exactly like a language.
 */
public enum ReadingMode {
    STANDARD,
    EASY_READ;

    private static final String EASY_READ_VARIANT = "easyread";

    public static ReadingMode of(Locale locale) {
        return EASY_READ_VARIANT.equalsIgnoreCase(locale.getVariant()) ? EASY_READ : STANDARD;
    }

    /** The locale for {@code language} read in this mode. */
    public Locale locale(Language language) {
        Locale base = language.locale();
        return this == EASY_READ ? new Locale.Builder().setLocale(base).setVariant(EASY_READ_VARIANT).build() : base;
    }
}
