package scot.sds.portal.architecture;

import java.util.regex.Pattern;

/**
 * Tells whether a string literal in UI code looks like words for a person to read, which belong in the
 * message bundles, or like a message key, CSS class, id, attribute, path or script, which do not.
 */
final class UserFacingText {

    /** Message keys: lower-case words joined by dots, such as {@code start.intro.p1}. */
    static final Pattern MESSAGE_KEY = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9-]+)+");
    /** Any letter of a script other than Latin, such as Arabic or Han: never part of code. */
    private static final Pattern NON_LATIN_LETTER = Pattern.compile("[\\p{L}&&[^\\p{IsLatin}]]");
    /** A capitalised word, as a label such as "Continue" starts. */
    private static final Pattern CAPITALISED_WORD = Pattern.compile("^\\p{Lu}\\p{Ll}+\\b.*");
    /** Two words separated by a space, with nothing that belongs to a script or selector. */
    private static final Pattern PROSE = Pattern.compile("^[\\p{L}\\p{N}\\s,.'’!?:;()-]*\\p{L}{2,}\\s+\\p{L}{2,}[\\p{L}\\p{N}\\s,.'’!?:;()-]*$");

    private UserFacingText() {}

    static boolean looksUserFacing(String literal) {
        String text = literal.strip();
        if (text.isEmpty() || MESSAGE_KEY.matcher(text).matches()) {
            return false;
        }
        return NON_LATIN_LETTER.matcher(text).find()
                || CAPITALISED_WORD.matcher(text).matches()
                || PROSE.matcher(text).matches();
    }
}
