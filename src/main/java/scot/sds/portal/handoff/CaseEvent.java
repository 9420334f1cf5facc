package scot.sds.portal.handoff;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One step in what has happened to a submission; steps are only ever added. */
@Entity
class CaseEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long submissionId;

    @Enumerated(EnumType.STRING)
    private CaseStep kind;

    private Instant happenedAt;
    private Long actorId;

    protected CaseEvent() {}

    CaseEvent(long submissionId, CaseStep kind, Instant happenedAt, long actorId) {
        this.submissionId = submissionId;
        this.kind = kind;
        this.happenedAt = happenedAt;
        this.actorId = actorId;
    }

    TrackedStep tracked() {
        return new TrackedStep(kind, happenedAt);
    }
}
