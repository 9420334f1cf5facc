package scot.sds.portal.providers;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A service on a person's shortlist, with who added it. */
@Entity
class ShortlistEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long personId;
    private long serviceId;
    private long addedBy;
    private String addedAs;
    private Instant addedAt;

    protected ShortlistEntry() {}

    ShortlistEntry(long personId, long serviceId, long addedBy, String addedAs, Instant addedAt) {
        this.personId = personId;
        this.serviceId = serviceId;
        this.addedBy = addedBy;
        this.addedAs = addedAs;
        this.addedAt = addedAt;
    }

    long serviceId() {
        return serviceId;
    }
}
