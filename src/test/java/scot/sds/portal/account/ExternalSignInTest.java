package scot.sds.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import scot.sds.portal.support.PortalTest;

/**
 * The portal's record of people who sign in at the council's identity provider, and the attempts to take over
 * someone else's account through an email address that must fail.
 */
@PortalTest
class ExternalSignInTest {

    @Autowired
    AccountService accountService;

    @Autowired
    AccountRepository accounts;

    @Test
    void the_first_sign_in_creates_the_record_and_later_ones_bring_it_up_to_date() {
        String subject = UUID.randomUUID().toString();
        String email = "ext-" + subject.substring(0, 8) + "@example.org";
        AccountSummary first = accountService.recordExternalSignIn(
                new ExternalIdentity(subject, email, true, "Jo Bloggs", Set.of(Role.PERSON)));
        AccountSummary later = accountService.recordExternalSignIn(
                new ExternalIdentity(subject, email, true, "Jo Bloggs-Reid", Set.of(Role.PERSON, Role.CARER)));

        assertThat(later.id()).isEqualTo(first.id());
        assertThat(later.displayName()).isEqualTo("Jo Bloggs-Reid");
        assertThat(later.roles()).containsExactlyInAnyOrder(Role.PERSON, Role.CARER);
    }

    @Test
    void a_verified_email_address_links_the_existing_account_of_that_person() {
        String email = "link-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        AccountSummary own = accountService.register(new Registration("Kim", email, "long enough secret", Role.PERSON))
                .account();

        AccountSummary linked = accountService.recordExternalSignIn(
                new ExternalIdentity(UUID.randomUUID().toString(), email, true, "Kim", Set.of(Role.PERSON)));

        assertThat(linked.id()).isEqualTo(own.id());
    }

    @Test
    void an_unverified_email_address_cannot_take_over_an_account() {
        String email = "victim-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        AccountSummary victim = accountService.register(
                new Registration("Victim", email, "long enough secret", Role.PERSON)).account();

        assertThatThrownBy(() -> accountService.recordExternalSignIn(new ExternalIdentity(
                UUID.randomUUID().toString(), email, false, "Intruder", Set.of(Role.STAFF))))
                .isInstanceOf(ExternalAccountConflictException.class);
        assertThat(accounts.findById(victim.id()).orElseThrow().displayName()).isEqualTo("Victim");
    }

    @Test
    void an_account_linked_to_one_person_is_not_taken_by_another_with_the_same_address() {
        String email = "taken-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        accountService.recordExternalSignIn(
                new ExternalIdentity(UUID.randomUUID().toString(), email, true, "First", Set.of(Role.PERSON)));

        assertThatThrownBy(() -> accountService.recordExternalSignIn(new ExternalIdentity(
                UUID.randomUUID().toString(), email, true, "Second", Set.of(Role.STAFF))))
                .isInstanceOf(ExternalAccountConflictException.class);
        assertThat(accounts.findByEmail(email).orElseThrow().displayName()).isEqualTo("First");
    }

    @Test
    void only_the_portals_roles_are_taken_from_the_realm_roles() {
        assertThat(KeycloakSignInConfiguration.roles(List.of("offline_access", "Carer", "staff",
                "default-roles-sds-portal"))).containsExactlyInAnyOrder(Role.CARER, Role.STAFF);
        assertThat(KeycloakSignInConfiguration.roles(null)).isEmpty();
    }
}
