package scot.sds.portal.providers.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import scot.sds.portal.providers.DirectorySearch;
import scot.sds.portal.providers.ProblemReportService;
import scot.sds.portal.providers.ReportProblem;
import scot.sds.portal.providers.ServiceSummary;
import scot.sds.portal.providers.WhatIsWrong;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.shared.ui.FormPage;
import scot.sds.portal.shared.ui.MessageKeys;
import scot.sds.portal.shared.ui.PageContent;
import scot.sds.portal.shared.ui.SummaryList;

/**
 * "Report a problem with this information": what is wrong with one service's details, sent to council staff, who
 * check it and have the source corrected. Nothing about the person is asked for.
 */
@Route(Paths.REPORT_PROBLEM)
@PermitAll
public class ReportProblemView extends FormPage implements HasUrlParameter<Long> {

    private static final String SENT = "report-sent";

    private final DirectorySearch directory;
    private final ProblemReportService reports;
    private final RadioButtonGroup<WhatIsWrong> what = new RadioButtonGroup<>();
    private final TextArea details = new TextArea();
    private ServiceSummary service;
    private boolean sent;

    public ReportProblemView(DirectorySearch directory, ProblemReportService reports) {
        super("providers.report.title");
        this.directory = directory;
        this.reports = reports;
        what.setId("report-what");
        what.setItems(WhatIsWrong.values());
        details.setId("report-details");
        details.setMaxLength(ProblemReportService.MOST_CHARACTERS);
    }

    @Override
    public void setParameter(BeforeEvent event, Long serviceId) {
        // The same page may be opened again for another service: it starts afresh.
        sent = false;
        what.clear();
        details.clear();
        directory.service(serviceId).ifPresentOrElse(found -> service = found,
                () -> event.forwardTo(Paths.FIND_SUPPORT));
    }

    @Override
    protected void render(PageContent content) {
        content.add(new Anchor(Paths.href(Paths.FIND_SUPPORT), content.text("providers.report.back")))
                .addClassName("back-link");
        if (sent) {
            content.focusableHeading("providers.report.sent.heading", SENT);
            content.point("providers.report.sent.p1");
            content.link("providers.report.sent.link", Paths.FIND_SUPPORT);
            return;
        }
        content.add(errors);
        SummaryList about = content.add(new SummaryList().row(content.text("providers.report.service"),
                service.record().name()));
        String where = new ServiceFacts(content, formatsAs()).where(service.record());
        if (!where.isBlank()) {
            about.row(content.text("providers.result.where"), where);
        }
        content.point("providers.report.intro.p1");
        what.setLabel(content.text("providers.report.what"));
        what.setItemLabelGenerator(value -> content.text("providers.report.what." + MessageKeys.part(value)));
        details.setLabel(content.text("providers.report.details"));
        details.setHelperText(content.text("providers.report.details.hint", Map.of("most",
                ProblemReportService.MOST_CHARACTERS)));
        Div form = content.add(new Div(what, details, primaryButton(content.text("providers.report.send"),
                "report-send", this::send)));
        form.addClassName("portal-form");
    }

    private void send() {
        errors.clear();
        List<ReportProblem> problems = reports.report(service.id(), what.getValue(), details.getValue());
        if (problems.isEmpty()) {
            sent = true;
            refresh();
            moveFocusTo(SENT);
            return;
        }
        for (ReportProblem problem : problems) {
            switch (problem) {
                case WHAT_MISSING -> errors.add(what, "providers.report.error.what");
                case DETAILS_MISSING -> errors.add(details, "providers.report.error.details");
                case TOO_LONG -> errors.add(details, "providers.report.error.too-long",
                        Map.of("most", ProblemReportService.MOST_CHARACTERS));
            }
        }
        showProblems();
    }
}
