package scot.sds.portal.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static scot.sds.portal.support.People.consent;
import static scot.sds.portal.support.People.signIn;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import scot.sds.portal.access.HelperRole;
import scot.sds.portal.access.NotPermittedException;
import scot.sds.portal.access.RelationshipService;
import scot.sds.portal.access.Scope;
import scot.sds.portal.account.AccountService;
import scot.sds.portal.account.AccountSummary;
import scot.sds.portal.account.Role;
import scot.sds.portal.account.SystemClient;
import scot.sds.portal.assessment.AnswerInput;
import scot.sds.portal.assessment.AssessmentService;
import scot.sds.portal.assessment.Voice;
import scot.sds.portal.support.People;
import scot.sds.portal.support.PortalTest;

/**
 * The export checks who is asking itself, not only the API's sign-in: the council's case-management system gets
 * what people sent, and nobody else does, whether signed in to the portal as the person who sent it, their helper or
 * council staff, or holding the system's authority without having signed in.
 */
@PortalTest
class SubmissionExportServiceTest {

    private static final SimpleGrantedAuthority SYSTEM = new SimpleGrantedAuthority(
            SystemClient.CASE_MANAGEMENT.authority());

    @Autowired
    SubmissionExportService exports;

    @Autowired
    SubmissionService submissions;

    @Autowired
    AssessmentService assessments;

    @Autowired
    AccountService accounts;

    @Autowired
    RelationshipService relationships;

    private People people;
    private AccountSummary ann;
    private AccountSummary carl;
    private String reference;

    @BeforeEach
    void annHasSentHerAnswers() {
        people = new People(accounts, relationships);
        ann = people.account("Ann", Role.PERSON);
        carl = people.account("Carl", Role.CARER);
        people.helps(carl, ann, consent(HelperRole.CARER, Scope.ANSWER, Scope.SUBMIT));
        signIn(ann);
        assessments.answer(ann.id(), "feel-safe", Voice.OWN_WORDS, AnswerInput.of("mostly"));
        reference = submissions.send(ann.id(), Locale.ENGLISH).sent().orElseThrow().reference();
    }

    @AfterEach
    void signOut() {
        People.signOut();
    }

    @Test
    void the_case_management_system_gets_what_was_sent() {
        signInAs(UsernamePasswordAuthenticationToken.authenticated("system:case-management", null, List.of(SYSTEM)));

        SubmissionExport export = exports.export(reference).orElseThrow();
        assertThat(export.exportFormat()).isEqualTo(SubmissionExport.FORMAT);
        assertThat(export.pack()).contains("\"reference\":\"" + reference + "\"");
        assertThat(exports.export("SDS-2222-2222")).isEmpty();
        ExportPage page = exports.sentAfter(ExportPosition.justAfter(export.sentAt().minusNanos(1000)), 100);
        assertThat(page.submissions()).first().isEqualTo(export);
        assertThatThrownBy(() -> exports.sentAfter(ExportPosition.START, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> exports.sentAfter(ExportPosition.START, SubmissionExportService.MOST_AT_ONCE + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_person_their_helper_and_council_staff_are_refused_when_calling_the_service_directly() {
        AccountSummary staff = people.account("Shona", Role.STAFF);
        for (AccountSummary refused : List.of(ann, carl, staff)) {
            signIn(refused);

            assertRefused();
        }
    }

    @Test
    void nobody_signed_in_and_the_authority_without_a_sign_in_are_refused() {
        People.signOut();
        assertRefused();

        // The authority alone is not enough: it must come with a completed sign-in.
        signInAs(UsernamePasswordAuthenticationToken.unauthenticated("system:case-management", "guess"));
        assertRefused();
        signInAs(new UsernamePasswordAuthenticationToken("system:case-management", null, List.of(SYSTEM)) {
            @Override
            public boolean isAuthenticated() {
                return false;
            }
        });
        assertRefused();
        signInAs(new AnonymousAuthenticationToken("key", "anonymous", List.of(SYSTEM)));
        assertRefused();
        // Nor is a staff member's sign-in with the authority spelled another way.
        signInAs(UsernamePasswordAuthenticationToken.authenticated(people.account("Sam", Role.STAFF).email(), null,
                List.of(new SimpleGrantedAuthority("CASE_MANAGEMENT_SYSTEM"), new SimpleGrantedAuthority(
                        Role.STAFF.authority()))));
        assertRefused();
    }

    private void assertRefused() {
        assertThatThrownBy(() -> exports.export(reference)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> exports.sentAfter(ExportPosition.START, 10))
                .isInstanceOf(NotPermittedException.class);
    }

    private static void signInAs(Authentication authentication) {
        SecurityContextHolder.getContext().setAuthentication(authentication);
    }
}
