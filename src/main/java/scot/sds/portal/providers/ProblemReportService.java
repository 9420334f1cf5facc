package scot.sds.portal.providers;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.sds.portal.access.AccessGuard;
import scot.sds.portal.account.AccountSummary;

/**
 * "Report a problem with this information": anyone signed in tells council staff what is wrong with a service in
 * the directory, and staff see each report until they have dealt with it, usually by correcting the source.
 */
@Service
@Transactional
public class ProblemReportService {

    /** Enough to say what is wrong; the form says so. */
    public static final int MOST_CHARACTERS = 1000;

    private final AccessGuard guard;
    private final ProblemReportRepository reports;
    private final DirectorySearch directory;
    private final Clock clock;

    ProblemReportService(AccessGuard guard, ProblemReportRepository reports, DirectorySearch directory, Clock clock) {
        this.guard = guard;
        this.reports = reports;
        this.directory = directory;
        this.clock = clock;
    }

    /**
     * Sends the report to staff, or says why it cannot be sent as it is. Refused for a service not in the
     * directory.
     */
    public List<ReportProblem> report(long serviceId, WhatIsWrong what, String details) {
        AccountSummary reporter = guard.requireSignedIn();
        String words = details == null || details.isBlank() ? null : details.strip();
        List<ReportProblem> problems = new ArrayList<>();
        if (what == null) {
            problems.add(ReportProblem.WHAT_MISSING);
        } else if (what == WhatIsWrong.OTHER && words == null) {
            problems.add(ReportProblem.DETAILS_MISSING);
        }
        if (words != null && words.length() > MOST_CHARACTERS) {
            problems.add(ReportProblem.TOO_LONG);
        }
        if (problems.isEmpty()) {
            if (directory.service(serviceId).isEmpty()) {
                throw new IllegalArgumentException("No service " + serviceId + " in the directory");
            }
            reports.save(new ProblemReport(serviceId, what, words, reporter.id(), clock.instant()));
        }
        return problems;
    }

    /** For council staff: the reports not yet dealt with, oldest first. */
    @Transactional(readOnly = true)
    public List<ReportedProblem> waiting() {
        guard.requireStaff();
        List<ProblemReport> open = reports.findByDealtWithAtIsNullOrderByReportedAtAsc();
        Map<Long, ServiceSummary> services = directory.services(open.stream().map(ProblemReport::serviceId)
                .distinct().toList()).stream().collect(Collectors.toMap(ServiceSummary::id, Function.identity()));
        return open.stream().map(report -> new ReportedProblem(report.id(), services.get(report.serviceId()),
                report.what(), report.details(), report.reportedAt())).toList();
    }

    /** For council staff: the report is dealt with and leaves the list; dealing with it twice changes nothing. */
    public void markDealtWith(long reportId) {
        AccountSummary staff = guard.requireStaff();
        reports.findById(reportId).filter(report -> !report.dealtWith())
                .ifPresent(report -> report.dealtWith(staff.id(), clock.instant()));
    }
}
