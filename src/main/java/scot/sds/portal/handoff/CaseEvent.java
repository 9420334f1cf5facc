package scot.sds.portal.handoff;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** One step in what has happened to a submission; steps are only ever added. */
@Entity
class CaseEvent {

    private static final JsonMapper JSON = JsonMapper.shared();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long submissionId;

    @Enumerated(EnumType.STRING)
    private CaseStep kind;

    private Instant happenedAt;
    private Long actorId;
    private String detail;

    protected CaseEvent() {}

    CaseEvent(long submissionId, CaseStep kind, Instant happenedAt, long actorId, CaseDetail detail) {
        this.submissionId = submissionId;
        this.kind = kind;
        this.happenedAt = happenedAt;
        this.actorId = actorId;
        this.detail = detail == null ? null : JSON.writeValueAsString(detail);
    }

    CaseStep kind() {
        return kind;
    }

    Long actorId() {
        return actorId;
    }

    TrackedStep tracked(Map<Long, String> names) {
        return new TrackedStep(kind, happenedAt, actorId == null ? null : names.get(actorId),
                detail == null ? null : JSON.readValue(detail, CaseDetail.class));
    }
}
