package scot.sds.portal.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static scot.sds.portal.support.People.signIn;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import scot.sds.portal.account.AccountService;
import scot.sds.portal.account.AccountSummary;
import scot.sds.portal.account.Role;
import scot.sds.portal.shared.upload.UploadFiles;
import scot.sds.portal.shared.upload.UploadPurpose;
import scot.sds.portal.shared.upload.UploadValidator;
import scot.sds.portal.support.People;
import scot.sds.portal.support.PortalTest;
import scot.sds.portal.support.TestVirusScanner;

/**
 * The access check in the services, tried from every side: the right helper within scope is let in; the wrong
 * person, a revoked, expired, pending or out-of-scope helper, and anyone using another person's ids are not.
 */
@PortalTest
class RelationshipServiceTest {

    @Autowired
    RelationshipService relationships;

    @Autowired
    AccessGuard guard;

    @Autowired
    AccountService accountService;

    @Autowired
    AuditTrail auditTrail;

    @Autowired
    UploadValidator uploads;

    @Value("${portal.evidence.dir}")
    Path evidenceFolder;

    private AccountSummary ann;
    private AccountSummary colin;
    private AccountSummary stranger;
    private AccountSummary staff;

    private People people;

    @BeforeEach
    void people() {
        people = new People(accountService, relationships);
        ann = account("Ann", Role.PERSON);
        colin = account("Colin", Role.CARER);
        stranger = account("Stranger", Role.PERSON);
        staff = account("Sam", Role.STAFF);
    }

    @AfterEach
    void signOut() {
        People.signOut();
    }

    @Test
    void an_accepted_helper_may_do_what_the_person_allowed_and_nothing_more() {
        long relationshipId = inviteAndAccept(RelationshipTerms.consent(HelperRole.CARER, Set.of(Scope.ANSWER),
                LocalDate.now()));

        signIn(colin);
        assertThat(guard.decide(ann.id(), Action.VIEW_RECORD).allowed()).isTrue();
        AccessDecision answering = guard.decide(ann.id(), Action.CHANGE_ANSWERS);
        assertThat(answering.allowed()).isTrue();
        assertThat(answering.relationshipId()).isEqualTo(relationshipId);
        assertThat(guard.decide(ann.id(), Action.SUBMIT_TO_COUNCIL).reason()).isEqualTo("out-of-scope");
        assertThat(guard.decide(ann.id(), Action.MANAGE_HELPERS).allowed()).isFalse();
        assertThat(relationships.peopleICanActFor()).extracting(ActingFor::personName).containsExactly("Ann");
    }

    @Test
    void revocation_takes_effect_on_the_helpers_next_request() {
        long relationshipId = inviteAndAccept(RelationshipTerms.consent(HelperRole.CARER, Set.of(Scope.ANSWER),
                LocalDate.now()));
        signIn(ann);
        relationships.revoke(relationshipId);

        signIn(colin);
        assertThat(guard.decide(ann.id(), Action.VIEW_RECORD).reason()).isEqualTo("relationship-revoked");
        assertThat(relationships.peopleICanActFor()).isEmpty();
        assertThatThrownBy(() -> relationships.actFor(ann.id())).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void the_person_can_stop_every_helper_at_once() {
        inviteAndAccept(RelationshipTerms.consent(HelperRole.CARER, Set.of(Scope.ANSWER), LocalDate.now()));
        signIn(ann);
        Invitation unanswered = relationships.invite(RelationshipTerms.consent(HelperRole.FAMILY, Set.of(),
                LocalDate.now()), null).invitation();
        relationships.revokeAll();

        assertThat(relationships.helpersOf(ann.id())).extracting(RelationshipSummary::status)
                .containsOnly(RelationshipStatus.REVOKED);
        signIn(colin);
        assertThat(guard.decide(ann.id(), Action.VIEW_RECORD).allowed()).isFalse();
        signIn(stranger);
        assertThatThrownBy(() -> relationships.accept(unanswered.code())).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void a_relationship_past_its_end_date_has_expired() {
        LocalDate today = LocalDate.now();
        inviteAndAccept(new RelationshipTerms(HelperRole.FAMILY, LegalBasis.CONSENT, null, null, null,
                Set.of(Scope.ANSWER), today.minusDays(10), today.minusDays(1), null, null, null));

        signIn(colin);
        assertThat(guard.decide(ann.id(), Action.VIEW_RECORD).reason()).isEqualTo("relationship-expired");
    }

    @Test
    void a_power_of_attorney_counts_only_once_staff_have_checked_its_certificate() {
        signIn(ann);
        Invitation invitation =
                relationships.invite(powerOfAttorney(), null, UploadFiles.PDF, Locale.ENGLISH).invitation();
        signIn(colin);
        relationships.accept(invitation.code());
        long relationshipId = invitation.relationshipId();

        assertThat(guard.decide(ann.id(), Action.VIEW_RECORD).reason()).isEqualTo("relationship-pending");
        assertThatThrownBy(() -> relationships.verifyLegalAuthority(relationshipId))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(relationships::pendingLegalChecks).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> relationships.evidence(relationshipId)).isInstanceOf(NotPermittedException.class);

        signIn(staff);
        assertThat(relationships.pendingLegalChecks()).extracting(LegalCheck::relationshipId).contains(relationshipId);
        assertThat(relationships.evidence(relationshipId).content()).isEqualTo(UploadFiles.PDF);
        relationships.verifyLegalAuthority(relationshipId);
        assertThat(relationships.pendingLegalChecks()).extracting(LegalCheck::relationshipId)
                .doesNotContain(relationshipId);

        signIn(colin);
        assertThat(guard.decide(ann.id(), Action.SUBMIT_TO_COUNCIL).allowed()).isTrue();
    }

    @Test
    void another_persons_ids_are_refused() {
        long relationshipId = inviteAndAccept(RelationshipTerms.consent(HelperRole.CARER, Set.of(Scope.ANSWER),
                LocalDate.now()));

        signIn(stranger);
        assertThatThrownBy(() -> relationships.helpersOf(ann.id())).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> relationships.revoke(relationshipId)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> relationships.actFor(ann.id())).isInstanceOf(NotPermittedException.class);
        assertThat(guard.decide(ann.id(), Action.VIEW_RECORD).reason()).isEqualTo("no-relationship");

        // The helper cannot manage the person's helpers either, not even their own relationship.
        signIn(colin);
        assertThatThrownBy(() -> relationships.helpersOf(ann.id())).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> relationships.revoke(relationshipId)).isInstanceOf(NotPermittedException.class);

        signIn(ann);
        assertThat(relationships.helpersOf(ann.id())).extracting(RelationshipSummary::status)
                .containsExactly(RelationshipStatus.ACTIVE);
    }

    @Test
    void an_invitation_sent_to_an_email_address_is_only_for_that_account_and_only_once() {
        signIn(ann);
        Invitation invitation = relationships.invite(RelationshipTerms.consent(HelperRole.CARER, Set.of(),
                LocalDate.now()), colin.email().toUpperCase()).invitation();

        signIn(stranger);
        assertThatThrownBy(() -> relationships.accept(invitation.code())).isInstanceOf(NotPermittedException.class);

        signIn(colin);
        relationships.accept(invitation.code().toLowerCase().replace("-", " "));
        assertThatThrownBy(() -> relationships.accept(invitation.code())).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void every_look_change_and_refusal_is_in_the_persons_audit_trail_and_only_theirs() {
        long relationshipId = inviteAndAccept(RelationshipTerms.consent(HelperRole.CARER, Set.of(Scope.ANSWER),
                LocalDate.now()));
        signIn(colin);
        relationships.actFor(ann.id());
        signIn(ann);
        relationships.revoke(relationshipId);
        signIn(colin);
        assertThatThrownBy(() -> relationships.actFor(ann.id())).isInstanceOf(NotPermittedException.class);
        signIn(stranger);
        assertThatThrownBy(() -> relationships.helpersOf(ann.id())).isInstanceOf(NotPermittedException.class);

        signIn(ann);
        List<AuditRecord> trail = auditTrail.aboutMe();
        assertThat(trail).extracting(AuditRecord::actorId, AuditRecord::action, AuditRecord::allowed)
                .containsSubsequence(
                Tuple.tuple(stranger.id(), "MANAGE_HELPERS", false),
                Tuple.tuple(colin.id(), "VIEW_RECORD", false),
                Tuple.tuple(ann.id(), "HELPER_REVOKED", true),
                Tuple.tuple(colin.id(), "VIEW_RECORD", true),
                Tuple.tuple(colin.id(), "INVITATION_ACCEPTED", true));
        assertThat(trail).filteredOn(entry -> entry.actorId() == colin.id() && entry.allowed())
                .allSatisfy(entry -> assertThat(entry.relationshipId()).isEqualTo(relationshipId));

        signIn(stranger);
        assertThat(auditTrail.aboutMe()).noneMatch(entry -> entry.personId() == ann.id());
    }

    @Test
    void an_advocate_declares_their_organisation_and_any_provider_link_as_they_accept() {
        signIn(ann);
        Invitation invitation = relationships.invite(RelationshipTerms.consent(HelperRole.ADVOCATE, Set.of(),
                LocalDate.now()), null).invitation();

        signIn(colin);
        assertThatThrownBy(() -> relationships.accept(invitation.code(), new AdvocateDeclaration(" ", null)))
                .isInstanceOf(AdvocateDeclarationMissing.class);
        relationships.accept(invitation.code(), new AdvocateDeclaration("Speak Up Advocacy", "Board member, Care Co"));

        signIn(ann);
        assertThat(relationships.helpersOf(ann.id())).singleElement().satisfies(helper -> {
            assertThat(helper.organisation()).isEqualTo("Speak Up Advocacy");
            assertThat(helper.providerLink()).isEqualTo("Board member, Care Co");
            assertThat(helper.status()).isEqualTo(RelationshipStatus.ACTIVE);
        });
    }

    @Test
    void nobody_signed_in_gets_nothing() {
        assertThat(guard.decide(ann.id(), Action.VIEW_RECORD).reason()).isEqualTo("not-signed-in");
        assertThatThrownBy(() -> relationships.helpersOf(ann.id())).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void an_invitation_must_say_what_a_legal_authority_or_an_advocate_needs() {
        signIn(ann);
        InvitationResult result = relationships.invite(new RelationshipTerms(HelperRole.ADVOCATE,
                LegalBasis.GUARDIANSHIP, " ", null, null, Set.of(), LocalDate.now(), LocalDate.now().minusDays(1),
                null, null, null), "not an email");

        assertThat(result.isMade()).isFalse();
        assertThat(result.problems()).extracting(InvitationProblem::field).containsExactly(
                InvitationField.LEGAL_REFERENCE, InvitationField.LEGAL_REGISTERED, InvitationField.EVIDENCE,
                InvitationField.ENDS, InvitationField.EMAIL);
        assertThat(relationships.helpersOf(ann.id())).isEmpty();
    }

    @Test
    void a_legal_authority_needs_its_certificate_as_a_real_pdf_or_image_of_a_sensible_size() throws IOException {
        signIn(ann);
        long kept = keptEvidence();
        byte[] huge = Arrays.copyOf(UploadFiles.PDF, uploads.maximumBytes(UploadPurpose.EVIDENCE) + 1);
        Map<byte[], String> refusals = Map.of(new byte[0], "access.error.evidence-missing",
                UploadFiles.HTML, "access.error.evidence-type", UploadFiles.SVG, "access.error.evidence-type",
                UploadFiles.EXE, "access.error.evidence-type", huge, "access.error.evidence-too-big");
        refusals.forEach((content, message) -> assertThat(relationships.invite(powerOfAttorney(), null, content,
                Locale.ENGLISH).problems()).extracting(InvitationProblem::messageKey).containsExactly(message));
        assertThat(relationships.invite(powerOfAttorney(), null, null, Locale.ENGLISH).problems())
                .extracting(InvitationProblem::messageKey).containsExactly("access.error.evidence-missing");
        assertThat(relationships.helpersOf(ann.id())).isEmpty();
        assertThat(keptEvidence()).isEqualTo(kept);
    }

    @Test
    void a_certificate_the_virus_scanner_finds_infected_is_refused_and_not_kept() throws IOException {
        signIn(ann);
        long kept = keptEvidence();
        byte[] infected = (new String(UploadFiles.PDF, StandardCharsets.US_ASCII) + TestVirusScanner.SIGNATURE)
                .getBytes(StandardCharsets.US_ASCII);
        assertThat(relationships.invite(powerOfAttorney(), null, infected, Locale.ENGLISH).problems())
                .extracting(InvitationProblem::messageKey).containsExactly("access.error.evidence-refused");
        assertThat(relationships.helpersOf(ann.id())).isEmpty();
        assertThat(keptEvidence()).isEqualTo(kept);
    }

    @Test
    void a_certificate_is_kept_as_the_type_its_content_is_whatever_it_was_called() {
        signIn(ann);
        long relationshipId = relationships.invite(powerOfAttorney(), null, UploadFiles.PNG, Locale.ENGLISH)
                .invitation().relationshipId();
        signIn(staff);
        assertThat(relationships.evidence(relationshipId).type()).isEqualTo(EvidenceType.PNG);
        assertThat(relationships.evidence(relationshipId).type().mediaType()).isEqualTo("image/png");
    }

    private long keptEvidence() throws IOException {
        if (!Files.isDirectory(evidenceFolder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(evidenceFolder)) {
            return files.count();
        }
    }

    private static RelationshipTerms powerOfAttorney() {
        return new RelationshipTerms(HelperRole.ATTORNEY, LegalBasis.WELFARE_POWER_OF_ATTORNEY, "PG/2026/12345",
                LocalDate.now().minusYears(1), null, Set.of(Scope.ANSWER, Scope.SUBMIT), LocalDate.now(), null, null,
                null, null);
    }

    private long inviteAndAccept(RelationshipTerms terms) {
        return people.helps(colin, ann, terms);
    }

    private AccountSummary account(String name, Role role) {
        return people.account(name, role);
    }
}
