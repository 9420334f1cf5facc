package scot.sds.portal.access;

import java.security.SecureRandom;
import java.util.Locale;
import scot.sds.portal.shared.Sha256;

/**
 * One-time codes a person reads out or sends to a helper: eight characters with none that look alike (no 0/O,
 * 1/I), shown as two groups of four. Only their hash is stored.
 */
final class InvitationCodes {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private InvitationCodes() {}

    static String newCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            if (i == LENGTH / 2) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as typed, with spaces, dashes and case ignored. */
    static String normalise(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    static String hash(String code) {
        return Sha256.hex(normalise(code));
    }
}
