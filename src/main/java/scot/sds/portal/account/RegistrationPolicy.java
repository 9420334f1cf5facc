package scot.sds.portal.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The rules a new account must meet, each refusal with a message that says what to do. */
final class RegistrationPolicy {

    static final int NAME_MAXIMUM = 200;
    static final int EMAIL_MAXIMUM = 254;
    private static final Pattern EMAIL = Pattern.compile("^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$");

    private RegistrationPolicy() {}

    static String normaliseEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    /** The problems with a registration, not counting whether the email address is already taken. */
    static List<RegistrationProblem> problems(Registration registration) {
        List<RegistrationProblem> problems = new ArrayList<>();
        String name = registration.displayName() == null ? "" : registration.displayName().strip();
        if (name.isEmpty()) {
            problems.add(new RegistrationProblem(RegistrationField.NAME, "account.error.name-missing"));
        } else if (name.length() > NAME_MAXIMUM) {
            problems.add(new RegistrationProblem(RegistrationField.NAME, "account.error.name-too-long"));
        }
        String email = normaliseEmail(registration.email());
        if (email.isEmpty()) {
            problems.add(new RegistrationProblem(RegistrationField.EMAIL, "account.error.email-missing"));
        } else if (email.length() > EMAIL_MAXIMUM || !EMAIL.matcher(email).matches()) {
            problems.add(new RegistrationProblem(RegistrationField.EMAIL, "account.error.email-format"));
        }
        passwordProblem(registration.password(), email).ifPresent(problems::add);
        if (registration.role() == null || !Role.SELF_CHOSEN.contains(registration.role())) {
            problems.add(new RegistrationProblem(RegistrationField.ROLE, "account.error.role-missing"));
        }
        return problems;
    }

    private static java.util.Optional<RegistrationProblem> passwordProblem(String password, String email) {
        String key = null;
        if (password == null || password.isEmpty()) {
            key = "account.error.password-missing";
        } else if (password.length() < PasswordStrength.MINIMUM_LENGTH) {
            key = "account.error.password-too-short";
        } else if (password.length() > PasswordStrength.MAXIMUM_LENGTH) {
            key = "account.error.password-too-long";
        } else if (PasswordStrength.isWellKnown(password) || password.equalsIgnoreCase(email)) {
            key = "account.error.password-guessable";
        }
        return java.util.Optional.ofNullable(key).map(k -> new RegistrationProblem(RegistrationField.PASSWORD, k));
    }
}
