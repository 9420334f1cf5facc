package scot.sds.portal.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.sds.portal.account.AccountService;
import scot.sds.portal.account.AccountSummary;
import scot.sds.portal.account.Role;
import scot.sds.portal.shared.limits.ClientAddress;
import scot.sds.portal.shared.limits.RateLimiter;
import scot.sds.portal.shared.limits.RateLimits;
import scot.sds.portal.shared.limits.TooManyAttempts;
import scot.sds.portal.shared.upload.UploadPurpose;
import scot.sds.portal.shared.upload.UploadRefused;
import scot.sds.portal.shared.upload.UploadValidator;

/**
 * Helpers and the people they help: inviting, accepting, choosing whom to act for, revoking, and council staff
 * checking a legal authority. Every method checks the signed-in actor itself.
 */
@Service
public class RelationshipService {

    static final Duration INVITATION_LIFETIME = Duration.ofDays(7);

    private final RelationshipRepository relationships;
    private final AccessGuard guard;
    private final AccountService accounts;
    private final AuditTrail auditTrail;
    private final EvidenceStore evidenceStore;
    private final UploadValidator uploads;
    private final InvitationMailer mailer;
    private final Clock clock;
    private final RateLimiter codeAttempts;

    RelationshipService(RelationshipRepository relationships, AccessGuard guard, AccountService accounts,
            AuditTrail auditTrail, EvidenceStore evidenceStore, UploadValidator uploads, InvitationMailer mailer,
            Clock clock, RateLimits limits) {
        this.relationships = relationships;
        this.guard = guard;
        this.accounts = accounts;
        this.auditTrail = auditTrail;
        this.evidenceStore = evidenceStore;
        this.uploads = uploads;
        this.mailer = mailer;
        this.clock = clock;
        this.codeAttempts = limits.limiter("invitation-code");
    }

    /** The signed-in person invites a helper on their consent; the code is shown once, to read out or send. */
    @Transactional
    public InvitationResult invite(RelationshipTerms terms, String invitedEmail) {
        return invite(terms, invitedEmail, null, Locale.ENGLISH);
    }

    /**
     * The signed-in person invites a helper; a legal authority comes with a copy of its certificate for staff to
     * check. The code is shown once, to read out or send, and emailed in {@code locale} if an address is given.
     */
    @Transactional
    public InvitationResult invite(RelationshipTerms terms, String invitedEmail, byte[] evidence, Locale locale) {
        AccountSummary person = signedIn();
        long personId = person.id();
        guard.require(personId, Action.MANAGE_HELPERS);
        List<InvitationProblem> problems = new ArrayList<>(InvitationPolicy.problems(terms, invitedEmail));
        EvidenceType evidenceType = null;
        if (terms.legalBasis() != null && terms.legalBasis().isLegalAuthority()) {
            try {
                evidenceType = EvidenceType.of(uploads.check(UploadPurpose.EVIDENCE, evidence));
            } catch (UploadRefused refused) {
                problems.add(new InvitationProblem(InvitationField.EVIDENCE, evidenceProblem(refused.why())));
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparing(InvitationProblem::field));
            return new InvitationResult(null, problems);
        }
        String code = InvitationCodes.newCode();
        Instant expires = clock.instant().plus(INVITATION_LIFETIME);
        String email = invitedEmail == null || invitedEmail.isBlank() ? null
                : invitedEmail.strip().toLowerCase(Locale.ROOT);
        Relationship relationship = Relationship.invite(personId, terms, email, InvitationCodes.hash(code), expires);
        if (terms.legalBasis().isLegalAuthority()) {
            relationship.attachEvidence(evidenceStore.store(evidence), evidenceType);
        }
        relationship = relationships.save(relationship);
        boolean emailed = email != null && mailer.send(email, person.displayName(), code, expires, locale);
        return new InvitationResult(new Invitation(relationship.id(), code, expires, emailed), List.of());
    }

    /**
     * The signed-in helper accepts an invitation by its code. An invitation sent to an email address can only be
     * accepted by the account with that address.
     */
    @Transactional
    public RelationshipSummary accept(String code) {
        return accept(code, null);
    }

    /**
     * As {@link #accept(String)}, with an advocate's declaration of their organisation and any provider link.
     *
     * @throws AdvocateDeclarationMissing if the invitation is for an advocate and no organisation is known
     * @throws TooManyAttempts if this client or helper has tried too many codes lately
     */
    @Transactional
    public RelationshipSummary accept(String code, AdvocateDeclaration declaration) {
        AccountSummary helper = signedIn();
        limitCodeAttempts(helper);
        Relationship relationship = relationships.findByInvitationCodeHash(InvitationCodes.hash(code))
                .orElseThrow(() -> refused(helper.id(), 0, "no-such-invitation"));
        if (relationship.invitedEmail() != null && !relationship.invitedEmail().equals(helper.email())) {
            throw refused(helper.id(), relationship.personId(), "invitation-for-someone-else");
        }
        try {
            relationship.accept(helper.id(), clock.instant(), declaration);
        } catch (AdvocateDeclarationMissing undeclared) {
            throw undeclared;
        } catch (IllegalStateException | IllegalArgumentException cannotAccept) {
            throw refused(helper.id(), relationship.personId(), "invitation-not-open");
        }
        auditTrail.write(helper.id(), relationship.personId(), relationship.id(), AuditEvent.INVITATION_ACCEPTED);
        return relationship.summary(today(), helper.displayName());
    }

    /**
     * Codes are short enough to type, so guessing them is slowed down: so many tries per client address and per
     * helper account in a while.
     */
    private void limitCodeAttempts(AccountSummary helper) {
        ClientAddress.current().flatMap(address -> codeAttempts.attempt("address:" + address))
                .or(() -> codeAttempts.attempt("account:" + helper.id()))
                .ifPresent(wait -> {
                    throw new TooManyAttempts(wait);
                });
    }

    /** Every helper of a person, past and present: only the person may see and manage them. */
    @Transactional(readOnly = true)
    public List<RelationshipSummary> helpersOf(long personId) {
        guard.require(personId, Action.MANAGE_HELPERS);
        return summaries(relationships.findByPersonIdOrderByIdAsc(personId));
    }

    /**
     * The helpers who have accepted, whatever their status today, for the council to see with what is sent: for
     * whoever may send it.
     */
    @Transactional(readOnly = true)
    public List<RelationshipSummary> helpersToSendWith(long personId) {
        guard.require(personId, Action.SUBMIT_TO_COUNCIL);
        return summaries(relationships.findByPersonIdOrderByIdAsc(personId).stream()
                .filter(relationship -> relationship.helperId() != null).toList());
    }

    /** As pages show them today, with each helper's name read in one query. */
    private List<RelationshipSummary> summaries(List<Relationship> chosen) {
        LocalDate today = today();
        Map<Long, String> names = accounts.displayNames(
                chosen.stream().map(Relationship::helperId).filter(Objects::nonNull).toList());
        return chosen.stream().map(r -> r.summary(today, names.get(r.helperId()))).toList();
    }

    /**
     * The accounts of the helpers who may read the person's messages today, to be told that there is news for
     * them: their ids only, so the council's update reaches them without anything about the person.
     */
    @Transactional(readOnly = true)
    public List<Long> helpersToTell(long personId) {
        LocalDate today = today();
        return relationships.findByPersonIdOrderByIdAsc(personId).stream()
                .filter(r -> r.helperId() != null && r.statusOn(today) == RelationshipStatus.ACTIVE
                        && r.scopes().contains(Scope.MESSAGES))
                .map(Relationship::helperId).toList();
    }

    /** The people the signed-in helper may act for today. */
    @Transactional(readOnly = true)
    public List<ActingFor> peopleICanActFor() {
        long helperId = signedIn().id();
        LocalDate today = today();
        List<Relationship> active = relationships.findByHelperIdOrderByIdAsc(helperId).stream()
                .filter(r -> r.statusOn(today) == RelationshipStatus.ACTIVE)
                .toList();
        Map<Long, String> names = accounts.displayNames(active.stream().map(Relationship::personId).toList());
        return active.stream().map(r -> actingFor(r, names.get(r.personId()), today)).toList();
    }

    /** Whether the signed-in helper may act for this person now, and on what terms. */
    @Transactional(readOnly = true)
    public ActingFor actFor(long personId) {
        AccessDecision decision = guard.require(personId, Action.VIEW_RECORD);
        if (decision.relationshipId() == null) {
            throw refused(decision.actorId(), personId, "not-a-helper");
        }
        Relationship relationship = relationships.findById(decision.relationshipId()).orElseThrow();
        return actingFor(relationship, accounts.displayNames(List.of(personId)).get(personId), today());
    }

    /** The person ends a helper's access; it takes effect on the helper's next request. */
    @Transactional
    public void revoke(long relationshipId) {
        Relationship relationship = ownedBySignedInPerson(relationshipId);
        relationship.revoke();
        auditTrail.write(relationship.personId(), relationship.personId(), relationship.id(),
                AuditEvent.HELPER_REVOKED);
    }

    /** The person ends every helper's access at once. */
    @Transactional
    public void revokeAll() {
        long personId = signedIn().id();
        guard.require(personId, Action.MANAGE_HELPERS);
        LocalDate today = today();
        relationships.findByPersonIdOrderByIdAsc(personId).stream()
                .filter(r -> r.statusOn(today) != RelationshipStatus.REVOKED)
                .forEach(r -> {
                    r.revoke();
                    auditTrail.write(personId, personId, r.id(), AuditEvent.HELPER_REVOKED);
                });
    }

    /** The legal authorities waiting for council staff to check them: for staff only. */
    @Transactional(readOnly = true)
    public List<LegalCheck> pendingLegalChecks() {
        signedInStaff();
        List<Relationship> waiting = relationships.findByStatusAndHelperIdIsNotNullAndLegalBasisNotOrderByIdAsc(
                RelationshipStatus.PENDING, LegalBasis.CONSENT);
        List<Long> people = new ArrayList<>();
        waiting.forEach(r -> {
            people.add(r.personId());
            people.add(r.helperId());
        });
        Map<Long, String> names = accounts.displayNames(people);
        return waiting.stream().map(r -> r.legalCheck(names.get(r.personId()), names.get(r.helperId()))).toList();
    }

    /** The evidence of a legal authority, for staff checking it; the download is in the audit trail. */
    @Transactional(readOnly = true)
    public Evidence evidence(long relationshipId) {
        AccountSummary staff = signedInStaff();
        Relationship relationship = relationships.findById(relationshipId)
                .filter(r -> r.evidenceId() != null)
                .orElseThrow(() -> refused(staff.id(), 0, "no-such-evidence"));
        guard.require(relationship.personId(), Action.VIEW_RECORD);
        return new Evidence(relationship.evidenceType(), evidenceStore.read(relationship.evidenceId()));
    }

    /** Council staff have checked a power of attorney's or guardianship's evidence. */
    @Transactional
    public void verifyLegalAuthority(long relationshipId) {
        AccountSummary staff = signedInStaff();
        Relationship relationship = relationships.findById(relationshipId)
                .orElseThrow(() -> refused(staff.id(), 0, "no-such-relationship"));
        relationship.verifyLegalAuthority(staff.id());
        auditTrail.write(staff.id(), relationship.personId(), relationshipId, AuditEvent.LEGAL_AUTHORITY_VERIFIED);
    }

    private Relationship ownedBySignedInPerson(long relationshipId) {
        long actorId = signedIn().id();
        // Someone else's relationship id gets the same answer as one that does not exist.
        Relationship relationship = relationships.findById(relationshipId)
                .orElseThrow(() -> refused(actorId, 0, "no-such-relationship"));
        guard.require(relationship.personId(), Action.MANAGE_HELPERS);
        return relationship;
    }

    private ActingFor actingFor(Relationship relationship, String personName, LocalDate today) {
        RelationshipSummary summary = relationship.summary(today, null);
        return new ActingFor(summary.personId(), personName, summary.id(), summary.role(), summary.scopes());
    }

    private AccountSummary signedInStaff() {
        AccountSummary actor = signedIn();
        if (!actor.roles().contains(Role.STAFF)) {
            throw refused(actor.id(), 0, "only-staff");
        }
        return actor;
    }

    private AccountSummary signedIn() {
        return accounts.signedIn().orElseThrow(() -> refused(0, 0, "not-signed-in"));
    }

    /** Staff need a copy of the certificate they can open: a PDF, PNG or JPEG, not too large, and clean. */
    private static String evidenceProblem(UploadRefused.Why why) {
        return switch (why) {
            case EMPTY -> "access.error.evidence-missing";
            case TOO_BIG -> "access.error.evidence-too-big";
            case WRONG_TYPE -> "access.error.evidence-type";
            case REFUSED_BY_SCANNER -> "access.error.evidence-refused";
        };
    }

    private static NotPermittedException refused(long actorId, long personId, String reason) {
        return new NotPermittedException(new AccessDecision(false, actorId, personId, null, null, null, reason));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
