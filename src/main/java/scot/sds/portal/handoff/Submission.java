package scot.sds.portal.handoff;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * What was sent, frozen: never updated by the portal, and refused by the database's trigger if anything tries.
 */
@Entity
@Immutable
class Submission {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long personId;
    private String reference;
    private int version;
    private long submittedBy;
    private String submittedAs;
    private Instant submittedAt;
    private String pack;
    private String packSha256;

    protected Submission() {}

    Submission(long personId, String reference, int version, long submittedBy, String submittedAs,
            Instant submittedAt, String pack, String packSha256) {
        this.personId = personId;
        this.reference = reference;
        this.version = version;
        this.submittedBy = submittedBy;
        this.submittedAs = submittedAs;
        this.submittedAt = submittedAt;
        this.pack = pack;
        this.packSha256 = packSha256;
    }

    long id() {
        return id;
    }

    long personId() {
        return personId;
    }

    long submittedBy() {
        return submittedBy;
    }

    String reference() {
        return reference;
    }

    int version() {
        return version;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    String pack() {
        return pack;
    }

    String packSha256() {
        return packSha256;
    }
}
