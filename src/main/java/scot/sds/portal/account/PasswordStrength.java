package scot.sds.portal.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How hard a password is to guess, judged the way the National Cyber Security Centre advises: length counts
 * most (three random words are strong), well-known passwords are refused, and nothing forces odd symbols.
 */
public enum PasswordStrength {
    /** Not allowed: shorter than the minimum, too long to store, or a well-known password. */
    NOT_ALLOWED,
    /** Allowed, but a longer password would be safer. */
    FAIR,
    STRONG;

    public static final int MINIMUM_LENGTH = 12;
    /** Passwords are stored as bcrypt hashes, which use at most 72 bytes. */
    public static final int MAXIMUM_LENGTH = 64;
    private static final int STRONG_LENGTH = 16;
    private static final Set<String> WELL_KNOWN = readWellKnown();

    public static PasswordStrength of(String password) {
        if (password == null || password.length() < MINIMUM_LENGTH || password.length() > MAXIMUM_LENGTH
                || isWellKnown(password)) {
            return NOT_ALLOWED;
        }
        return password.length() >= STRONG_LENGTH || kindsOfCharacter(password) >= 3 ? STRONG : FAIR;
    }

    static boolean isWellKnown(String password) {
        return WELL_KNOWN.contains(password.toLowerCase(Locale.ROOT));
    }

    private static long kindsOfCharacter(String password) {
        return password.chars()
                .map(c -> Character.isUpperCase(c) ? 1 : Character.isLowerCase(c) ? 2 : Character.isDigit(c) ? 3 : 4)
                .distinct()
                .count();
    }

    private static Set<String> readWellKnown() {
        var stream = PasswordStrength.class.getResourceAsStream("well-known-passwords.txt");
        if (stream == null) {
            throw new IllegalStateException("well-known-passwords.txt is missing");
        }
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
