package scot.sds.portal.assessment;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A person's pre-assessment: the questionnaire version it is answered with, and where they got to. */
@Entity
class Assessment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long personId;
    private long questionnaireVersionId;

    @Enumerated(EnumType.STRING)
    private AssessmentStatus status;

    private String currentQuestion;
    private Instant started;
    private Instant updated;

    protected Assessment() {}

    static Assessment start(long personId, long questionnaireVersionId, Instant now) {
        Assessment assessment = new Assessment();
        assessment.personId = personId;
        assessment.questionnaireVersionId = questionnaireVersionId;
        assessment.status = AssessmentStatus.DRAFT;
        assessment.started = now;
        assessment.updated = now;
        return assessment;
    }

    /** Remembers the question on screen, so the person comes back to it. */
    void reachedQuestion(String questionId, Instant now) {
        requireDraft();
        currentQuestion = questionId;
        updated = now;
    }

    void changed(Instant now) {
        requireDraft();
        updated = now;
    }

    /** Sent to the council: nothing about it may change after this. */
    void sent(Instant now) {
        requireDraft();
        status = AssessmentStatus.SUBMITTED;
        updated = now;
    }

    void requireDraft() {
        if (status != AssessmentStatus.DRAFT) {
            throw new IllegalStateException("Assessment " + id + " was sent and can no longer change");
        }
    }

    Long id() {
        return id;
    }

    long personId() {
        return personId;
    }

    long questionnaireVersionId() {
        return questionnaireVersionId;
    }

    AssessmentStatus status() {
        return status;
    }

    String currentQuestion() {
        return currentQuestion;
    }
}
