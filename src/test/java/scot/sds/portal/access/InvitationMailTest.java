package scot.sds.portal.access;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import scot.sds.portal.account.AccountService;
import scot.sds.portal.account.AccountSummary;
import scot.sds.portal.account.ExternalIdentity;
import scot.sds.portal.account.Role;
import scot.sds.portal.support.PortalTest;
import scot.sds.portal.support.TestMailServer;

/** An invitation to an email address goes out through a real SMTP server, in the inviting person's language. */
@PortalTest
class InvitationMailTest {

    @Autowired
    RelationshipService relationships;

    @Autowired
    AccountService accounts;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_helper_receives_the_code_by_email_in_the_persons_language() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        AccountSummary person = accounts.recordExternalSignIn(new ExternalIdentity(UUID.randomUUID().toString(),
                "ola-" + suffix + "@example.org", true, "Ola Nowak", Set.of(Role.PERSON)));
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(person.email(), null, List.of()));
        String helperEmail = "helper-" + suffix + "@example.org";

        Invitation invitation = relationships.invite(RelationshipTerms.consent(HelperRole.FAMILY, Set.of(),
                LocalDate.now()), helperEmail, null, Locale.forLanguageTag("pl")).invitation();

        assertThat(invitation.emailed()).isTrue();
        List<Message> received = TestMailServer.messagesTo(helperEmail);
        assertThat(received).hasSize(1);
        assertThat(received.getFirst().getSubject()).contains("Ola Nowak");
        String body = received.getFirst().getContent().toString();
        assertThat(body).contains(invitation.code()).contains("Ola Nowak").contains("kod");
    }

    @Test
    void without_an_email_address_nothing_is_sent() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        AccountSummary person = accounts.recordExternalSignIn(new ExternalIdentity(UUID.randomUUID().toString(),
                "quiet-" + suffix + "@example.org", true, "Quiet", Set.of(Role.PERSON)));
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(person.email(), null, List.of()));

        Invitation invitation = relationships.invite(RelationshipTerms.consent(HelperRole.CARER, Set.of(),
                LocalDate.now()), " ").invitation();

        assertThat(invitation.emailed()).isFalse();
    }
}
