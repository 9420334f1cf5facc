package scot.sds.portal.handoff;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** A submission as the council works on it: its status, who has it and the flags raised by what was sent. */
@Entity
class CaseFile {

    @Id
    private Long submissionId;

    @Enumerated(EnumType.STRING)
    private CaseStatus status;

    private Long assignedTo;
    private String flags;
    private Instant changedAt;
    private String language;

    protected CaseFile() {}

    CaseFile(long submissionId, List<String> raised, Locale language, Instant now) {
        this.submissionId = submissionId;
        this.status = CaseStatus.NEW;
        this.flags = String.join(",", raised);
        this.language = language.toLanguageTag();
        this.changedAt = now;
    }

    long submissionId() {
        return submissionId;
    }

    CaseStatus status() {
        return status;
    }

    Long assignedTo() {
        return assignedTo;
    }

    List<String> flags() {
        return flags.isEmpty() ? List.of() : Arrays.asList(flags.split(","));
    }

    Locale language() {
        return Locale.forLanguageTag(language);
    }

    void assign(long staffId) {
        assignedTo = staffId;
    }

    void moved(CaseStep step, Instant now) {
        status = step.after(status);
        changedAt = now;
    }
}
