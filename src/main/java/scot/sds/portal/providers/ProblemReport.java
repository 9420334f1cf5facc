package scot.sds.portal.providers;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A note to council staff that a service's information is wrong, kept until one of them has dealt with it. */
@Entity
class ProblemReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long serviceId;

    @Enumerated(EnumType.STRING)
    private WhatIsWrong what;

    private String details;
    private long reportedBy;
    private Instant reportedAt;
    private Long dealtWithBy;
    private Instant dealtWithAt;

    protected ProblemReport() {}

    ProblemReport(long serviceId, WhatIsWrong what, String details, long reportedBy, Instant reportedAt) {
        this.serviceId = serviceId;
        this.what = what;
        this.details = details;
        this.reportedBy = reportedBy;
        this.reportedAt = reportedAt;
    }

    long id() {
        return id;
    }

    long serviceId() {
        return serviceId;
    }

    WhatIsWrong what() {
        return what;
    }

    String details() {
        return details;
    }

    Instant reportedAt() {
        return reportedAt;
    }

    boolean dealtWith() {
        return dealtWithAt != null;
    }

    void dealtWith(long staffId, Instant at) {
        this.dealtWithBy = staffId;
        this.dealtWithAt = at;
    }
}
