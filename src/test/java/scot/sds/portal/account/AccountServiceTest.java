package scot.sds.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import scot.sds.portal.support.PortalTest;

/** Creating accounts against the real database: the rules, the stored hash, and one account per address. */
@PortalTest
class AccountServiceTest {

    @Autowired
    AccountService accountService;

    @Autowired
    AccountRepository accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void an_account_is_created_with_a_normalised_email_and_a_hashed_password() {
        String email = "Person." + UUID.randomUUID().toString().substring(0, 6) + "@Example.ORG";
        RegistrationResult result = accountService.register(
                new Registration("  Fiona Grant ", "  " + email + " ", "loch ness kettle", Role.CARER));

        assertThat(result.isCreated()).isTrue();
        Account stored = accounts.findByEmail(email.toLowerCase()).orElseThrow();
        assertThat(stored.displayName()).isEqualTo("Fiona Grant");
        assertThat(stored.roles()).containsExactly(Role.CARER);
        assertThat(stored.passwordHash()).doesNotContain("loch ness kettle");
        assertThat(passwordEncoder.matches("loch ness kettle", stored.passwordHash())).isTrue();
    }

    @Test
    void the_same_email_address_cannot_have_two_accounts_whatever_its_case() {
        String email = "twice-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        assertThat(accountService.register(new Registration("A", email, "first long password", Role.PERSON))
                .isCreated()).isTrue();

        RegistrationResult second = accountService.register(
                new Registration("B", email.toUpperCase(), "second long password", Role.PERSON));

        assertThat(second.isCreated()).isFalse();
        assertThat(second.problems()).containsExactly(
                new RegistrationProblem(RegistrationField.EMAIL, "account.error.email-taken"));
    }

    @Test
    void nobody_can_make_themselves_council_staff() {
        RegistrationResult result = accountService.register(new Registration("Eve",
                "eve-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org", "long enough password",
                Role.STAFF));

        assertThat(result.isCreated()).isFalse();
        assertThat(result.problems()).extracting(RegistrationProblem::messageKey)
                .containsExactly("account.error.role-missing");
    }

    @Test
    void every_problem_is_reported_at_once_in_the_order_of_the_form() {
        RegistrationResult result = accountService.register(new Registration("", "not-an-email", "password1234", null));

        assertThat(result.problems()).extracting(RegistrationProblem::messageKey).containsExactly(
                "account.error.name-missing", "account.error.email-format", "account.error.password-guessable",
                "account.error.role-missing");
    }

    @Test
    void password_strength_favours_length_and_refuses_well_known_passwords() {
        assertThat(PasswordStrength.of("short")).isEqualTo(PasswordStrength.NOT_ALLOWED);
        assertThat(PasswordStrength.of("Password1234")).isEqualTo(PasswordStrength.NOT_ALLOWED);
        assertThat(PasswordStrength.of("riverlampcup")).isEqualTo(PasswordStrength.FAIR);
        assertThat(PasswordStrength.of("river lamp cup tea")).isEqualTo(PasswordStrength.STRONG);
        assertThat(PasswordStrength.of("x".repeat(65))).isEqualTo(PasswordStrength.NOT_ALLOWED);
    }
}
