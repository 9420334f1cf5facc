package scot.sds.portal.staff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import scot.sds.portal.providers.ProblemReportService;
import scot.sds.portal.providers.ReportedProblem;
import scot.sds.portal.providers.ServiceSummary;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.shared.ui.MessageKeys;
import scot.sds.portal.shared.ui.PageContent;
import scot.sds.portal.shared.ui.PortalPage;
import scot.sds.portal.shared.ui.SummaryList;

/**
 * What people have said is wrong in the directory, oldest first, until staff have dealt with it: corrected the
 * council's own directory, or asked the Care Inspectorate or the community directory to correct theirs.
 */
@Route(Paths.STAFF_REPORTED_PROBLEMS)
@RolesAllowed("STAFF")
public class ReportedProblemsView extends PortalPage {

    private final ProblemReportService reports;

    public ReportedProblemsView(ProblemReportService reports) {
        super("staff.problems.title");
        this.reports = reports;
    }

    @Override
    protected void render(PageContent content) {
        content.point("staff.problems.intro.p1");
        List<ReportedProblem> waiting = reports.waiting();
        if (waiting.isEmpty()) {
            content.point("staff.problems.none.p1");
        }
        waiting.forEach(problem -> content.add(describe(content, problem)));
    }

    private Div describe(PageContent content, ReportedProblem problem) {
        ServiceSummary service = problem.service();
        Div card = new Div(new H2(service.record().name()));
        card.addClassName("reported-problem");
        SummaryList facts = new SummaryList()
                .row(content.text("staff.problems.source"), content.text("staff.imports.source."
                        + MessageKeys.part(service.record().source())))
                .row(content.text("staff.problems.source-id"), service.record().sourceId())
                .row(content.text("staff.problems.what"), content.text("providers.report.what."
                        + MessageKeys.part(problem.what())))
                .row(content.text("staff.problems.reported"), content.dateTime(problem.reportedAt()));
        if (problem.details() != null) {
            facts.row(content.text("staff.problems.details"), problem.details());
        }
        card.add(facts);
        if (service.inspectionPage() != null) {
            card.add(new Paragraph(SummaryList.externalAction(service.inspectionPage(),
                    content.text("providers.result.inspection"), service.record().name())));
        }
        Button done = new Button(content.text("staff.problems.done"), click -> {
            reports.markDealtWith(problem.id());
            refresh();
        });
        done.setAriaLabel(content.text("staff.problems.done") + ": " + service.record().name());
        done.addClassName("dealt-with");
        card.add(new Div(done));
        return card;
    }
}
