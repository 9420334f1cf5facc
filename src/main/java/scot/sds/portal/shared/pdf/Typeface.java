package scot.sds.portal.shared.pdf;

import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import scot.sds.portal.shared.i18n.Language;

/**
 * The fonts a printable document can embed, each a TrueType font under the SIL Open Font License 1.1 installed
 * from the npm registry at build time (see pom.xml; the licence is beside each as {@code LICENSE_FONT}). The
 * standard PDF fonts cover none of Arabic, Urdu or Chinese, nor all of Polish.
 */
enum Typeface {

    /** Latin, Greek and Cyrillic: English, Gaelic, Polish, and names in other Latin scripts. */
    NOTO_SANS("fonts/noto-sans/400Regular/NotoSans_400Regular.ttf", "fonts/noto-sans/700Bold/NotoSans_700Bold.ttf"),

    /** Arabic script, with the presentation forms Urdu needs, and basic Latin for words and digits within it. */
    NOTO_NASKH_ARABIC("fonts/noto-naskh-arabic/400Regular/NotoNaskhArabic_400Regular.ttf",
            "fonts/noto-naskh-arabic/700Bold/NotoNaskhArabic_700Bold.ttf"),

    /** Simplified Chinese. Its bold is drawn by stroking the regular, which spares 10 MB of font file. */
    NOTO_SANS_SC("fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf", null);

    private final String regular;
    private final String bold;

    Typeface(String regular, String bold) {
        this.regular = regular;
        this.bold = bold;
    }

    String regular() {
        return regular;
    }

    /** The bold font file, if the typeface has one. */
    Optional<String> bold() {
        return Optional.ofNullable(bold);
    }

    /**
     * Every typeface, the one for the language's script first: a character it lacks (a name in another script,
     * say) is looked for in the others in turn.
     */
    static List<Typeface> inOrderFor(Language language) {
        String script = ULocale.addLikelySubtags(ULocale.forLanguageTag(language.tag())).getScript();
        Typeface first = switch (script) {
            case "Arab" -> NOTO_NASKH_ARABIC;
            case "Hans", "Hant", "Hani" -> NOTO_SANS_SC;
            default -> NOTO_SANS;
        };
        List<Typeface> order = new ArrayList<>(List.of(values()));
        order.remove(first);
        order.addFirst(first);
        return List.copyOf(order);
    }
}
