package scot.sds.portal.shared.pdf;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacter.DecompositionType;
import com.ibm.icu.lang.UCharacter.JoiningType;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Turns Arabic-script letters into the presentation form their neighbours call for (isolated, final, initial or
 * medial) and lam followed by alef into their ligature, because PDFBox draws each character as it is and does
 * not shape. Works on text in logical order, before bidi reordering.
 *
 * <p>ICU's {@code ArabicShaping} is not used: it leaves the letters that Arabic itself lacks unshaped, and Urdu
 * is full of them (ٹ ڈ ڑ ں ھ ہ ے ی ک گ پ چ). This shaper takes each letter's joining type and its presentation
 * forms from ICU's Unicode data instead, so every letter that has presentation forms is shaped.
 */
final class ArabicLetterShaper {

    private static final int ISOLATED = 0;
    private static final int FINAL = 1;
    private static final int INITIAL = 2;
    private static final int MEDIAL = 3;
    private static final int LAM = 0x0644;
    private static final Set<Integer> ALEFS = Set.of(0x0622, 0x0623, 0x0625, 0x0627);

    /** Each letter's presentation forms, indexed by {@link #ISOLATED} to {@link #MEDIAL}; 0 where it has none. */
    private static final Map<Integer, int[]> FORMS = new HashMap<>();
    /** The lam-alef ligatures for each alef, isolated and final. */
    private static final Map<Integer, int[]> LAM_ALEF = new HashMap<>();

    static {
        Normalizer2 decomposition = Normalizer2.getNFKDInstance();
        for (int form = 0xFB50; form <= 0xFEFC; form++) {
            int position = position(UCharacter.getIntPropertyValue(form, UProperty.DECOMPOSITION_TYPE));
            String letters = decomposition.getRawDecomposition(form);
            if (position < 0 || letters == null) {
                continue;
            }
            int[] parts = letters.codePoints().toArray();
            if (parts.length == 1) {
                int[] forms = FORMS.computeIfAbsent(parts[0], letter -> new int[4]);
                if (forms[position] == 0) {
                    forms[position] = form;
                }
            } else if (parts.length == 2 && parts[0] == LAM && ALEFS.contains(parts[1]) && position <= FINAL) {
                LAM_ALEF.computeIfAbsent(parts[1], alef -> new int[2])[position] = form;
            }
        }
    }

    private ArabicLetterShaper() {}

    static String shape(String text) {
        if (text.codePoints().noneMatch(ArabicLetterShaper::isArabic)) {
            return text;
        }
        int[] codePoints = text.codePoints().toArray();
        StringBuilder shaped = new StringBuilder(text.length());
        for (int i = 0; i < codePoints.length; i++) {
            int letter = codePoints[i];
            boolean joinsBefore = joinsBefore(codePoints, i);
            int ligature = lamAlef(codePoints, i, joinsBefore);
            if (ligature != 0) {
                shaped.appendCodePoint(ligature);
                i++; // the alef is part of the ligature
                continue;
            }
            int[] forms = FORMS.get(letter);
            if (forms == null) {
                shaped.appendCodePoint(letter);
                continue;
            }
            boolean joinsAfter = joinsAfter(codePoints, i);
            int form = joinsBefore && joinsAfter ? forms[MEDIAL]
                    : joinsBefore ? forms[FINAL]
                    : joinsAfter ? forms[INITIAL]
                    : forms[ISOLATED];
            shaped.appendCodePoint(form != 0 ? form : forms[ISOLATED] != 0 ? forms[ISOLATED] : letter);
        }
        return shaped.toString();
    }

    /** The lam-alef ligature if a lam at {@code i} is followed by an alef, otherwise 0. */
    private static int lamAlef(int[] codePoints, int i, boolean joinsBefore) {
        if (codePoints[i] != LAM || i + 1 >= codePoints.length) {
            return 0;
        }
        int[] ligature = LAM_ALEF.get(codePoints[i + 1]);
        return ligature == null ? 0 : ligature[joinsBefore ? FINAL : ISOLATED];
    }

    private static int position(int decompositionType) {
        return switch (decompositionType) {
            case DecompositionType.ISOLATED -> ISOLATED;
            case DecompositionType.FINAL -> FINAL;
            case DecompositionType.INITIAL -> INITIAL;
            case DecompositionType.MEDIAL -> MEDIAL;
            default -> -1;
        };
    }

    private static boolean isArabic(int codePoint) {
        return UScript.getScript(codePoint) == UScript.ARABIC;
    }

    /** Whether the letter at {@code i} connects to the one before it (to its right on the page). */
    private static boolean joinsBefore(int[] codePoints, int i) {
        if (!joinsOnItsRight(joiningType(codePoints[i]))) {
            return false;
        }
        for (int before = i - 1; before >= 0; before--) {
            int type = joiningType(codePoints[before]);
            if (type != JoiningType.TRANSPARENT) {
                return joinsOnItsLeft(type);
            }
        }
        return false;
    }

    /** Whether the letter at {@code i} connects to the one after it (to its left on the page). */
    private static boolean joinsAfter(int[] codePoints, int i) {
        if (!joinsOnItsLeft(joiningType(codePoints[i]))) {
            return false;
        }
        for (int after = i + 1; after < codePoints.length; after++) {
            int type = joiningType(codePoints[after]);
            if (type != JoiningType.TRANSPARENT) {
                return joinsOnItsRight(type);
            }
        }
        return false;
    }

    private static int joiningType(int codePoint) {
        return UCharacter.getIntPropertyValue(codePoint, UProperty.JOINING_TYPE);
    }

    private static boolean joinsOnItsRight(int type) {
        return type == JoiningType.DUAL_JOINING || type == JoiningType.RIGHT_JOINING
                || type == JoiningType.JOIN_CAUSING;
    }

    private static boolean joinsOnItsLeft(int type) {
        return type == JoiningType.DUAL_JOINING || type == JoiningType.LEFT_JOINING
                || type == JoiningType.JOIN_CAUSING;
    }
}
