package scot.sds.portal.access;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * A helper's relationship with the person they help. It guards its own moves: invited, accepted, checked by
 * staff where a legal authority needs it, suspended, revoked; expiry follows from its dates.
 */
@Entity
class Relationship {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long personId;
    private Long helperId;

    @Enumerated(EnumType.STRING)
    private HelperRole helperRole;

    @Enumerated(EnumType.STRING)
    private LegalBasis legalBasis;

    private String legalReference;
    private LocalDate legalRegistered;
    private LocalDate legalExpires;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "relationship_scope", joinColumns = @JoinColumn(name = "relationship_id"))
    @Column(name = "scope")
    @Enumerated(EnumType.STRING)
    private Set<Scope> scopes = EnumSet.noneOf(Scope.class);

    private LocalDate starts;
    private LocalDate ends;
    private LocalDate reviewBy;

    @Enumerated(EnumType.STRING)
    private RelationshipStatus status;

    private String invitedEmail;
    private String invitationCodeHash;
    private Instant invitationExpires;
    private String organisation;
    private String providerLink;
    private Long legalVerifiedBy;
    private String evidenceId;

    @Enumerated(EnumType.STRING)
    private EvidenceType evidenceType;

    protected Relationship() {}

    static Relationship invite(long personId, RelationshipTerms terms, String invitedEmail, String codeHash,
            Instant invitationExpires) {
        Relationship relationship = new Relationship();
        relationship.personId = personId;
        relationship.helperRole = terms.role();
        relationship.legalBasis = terms.legalBasis();
        relationship.legalReference = terms.legalReference();
        relationship.legalRegistered = terms.legalRegistered();
        relationship.legalExpires = terms.legalExpires();
        relationship.scopes = EnumSet.copyOf(terms.scopes());
        relationship.starts = terms.starts();
        relationship.ends = terms.ends();
        relationship.reviewBy = terms.reviewBy();
        relationship.organisation = terms.organisation();
        relationship.providerLink = terms.providerLink();
        relationship.invitedEmail = invitedEmail;
        relationship.invitationCodeHash = codeHash;
        relationship.invitationExpires = invitationExpires;
        relationship.status = RelationshipStatus.PENDING;
        return relationship;
    }

    /**
     * The helper accepts: active at once on consent; a legal authority waits for staff to check it. An advocate
     * declares their organisation and any link to a care provider as they accept.
     */
    void accept(long helper, Instant now, AdvocateDeclaration declaration) {
        if (status != RelationshipStatus.PENDING || helperId != null) {
            throw new IllegalStateException("Only an open invitation can be accepted");
        }
        if (helper == personId) {
            throw new IllegalArgumentException("Nobody can be their own helper");
        }
        if (invitationExpires == null || now.isAfter(invitationExpires)) {
            throw new IllegalStateException("The invitation has expired");
        }
        if (helperRole == HelperRole.ADVOCATE) {
            if (declaration != null && declaration.organisation() != null && !declaration.organisation().isBlank()) {
                organisation = declaration.organisation().strip();
                providerLink = declaration.providerLink() == null || declaration.providerLink().isBlank() ? null
                        : declaration.providerLink().strip();
            }
            if (organisation == null) {
                throw new AdvocateDeclarationMissing();
            }
        }
        helperId = helper;
        invitationCodeHash = null;
        invitationExpires = null;
        if (!legalBasis.isLegalAuthority()) {
            status = RelationshipStatus.ACTIVE;
        }
    }

    /** Council staff have checked the legal authority's evidence. */
    void verifyLegalAuthority(long staffId) {
        if (!awaitsLegalCheck()) {
            throw new IllegalStateException("Only an accepted relationship awaiting its legal check can be verified");
        }
        legalVerifiedBy = staffId;
        status = RelationshipStatus.ACTIVE;
    }

    void revoke() {
        if (status == RelationshipStatus.REVOKED) {
            throw new IllegalStateException("Already revoked");
        }
        status = RelationshipStatus.REVOKED;
        invitationCodeHash = null;
        invitationExpires = null;
    }

    /** The status on a given day: an active relationship past its dates has expired. */
    RelationshipStatus statusOn(LocalDate day) {
        if (status != RelationshipStatus.ACTIVE) {
            return status;
        }
        boolean ended = ends != null && day.isAfter(ends);
        boolean authorityEnded = legalBasis.isLegalAuthority() && legalExpires != null && day.isAfter(legalExpires);
        if (ended || authorityEnded) {
            return RelationshipStatus.EXPIRED;
        }
        return day.isBefore(starts) ? RelationshipStatus.PENDING : RelationshipStatus.ACTIVE;
    }

    RelationshipSummary summary(LocalDate day, String helperName) {
        return new RelationshipSummary(id, personId, helperId, helperName, helperRole, legalBasis, legalReference,
                legalExpires, Set.copyOf(scopes), starts, ends, reviewBy, statusOn(day), invitedEmail, organisation,
                providerLink);
    }

    void attachEvidence(String id, EvidenceType type) {
        this.evidenceId = id;
        this.evidenceType = type;
    }

    /** Whether this relationship waits for staff to check its legal authority. */
    private boolean awaitsLegalCheck() {
        return legalBasis.isLegalAuthority() && status == RelationshipStatus.PENDING && helperId != null;
    }

    LegalCheck legalCheck(String personName, String helperName) {
        return new LegalCheck(id, personName, helperName, helperRole, legalBasis, legalReference, legalRegistered,
                legalExpires, evidenceType);
    }

    String evidenceId() {
        return evidenceId;
    }

    EvidenceType evidenceType() {
        return evidenceType;
    }

    Long id() {
        return id;
    }

    HelperRole helperRole() {
        return helperRole;
    }

    long personId() {
        return personId;
    }

    Long helperId() {
        return helperId;
    }

    Set<Scope> scopes() {
        return Set.copyOf(scopes);
    }

    String invitedEmail() {
        return invitedEmail;
    }
}
