package scot.sds.portal.handoff.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Map;
import scot.sds.portal.handoff.CaseDetail;
import scot.sds.portal.handoff.TrackedStep;
import scot.sds.portal.shared.ui.MessageKeys;
import scot.sds.portal.shared.ui.PageContent;
import scot.sds.portal.shared.ui.SummaryList;

/**
 * A case's history in plain words, oldest first: each step with its date and who took it, and what it said (a
 * message, a booked visit, a decision with its reasons, a change the person told of). The person, their helpers
 * and staff read the same words.
 */
public final class CaseHistory {

    private CaseHistory() {}

    /** The steps as an ordered list, to which the page may add what comes next. */
    public static OrderedList show(PageContent content, List<TrackedStep> steps) {
        OrderedList list = content.add(new OrderedList());
        list.addClassName("case-steps");
        for (TrackedStep step : steps) {
            ListItem item = new ListItem(new Paragraph(content.text("handoff.step." + MessageKeys.part(step.step()),
                    Map.of("date", content.dateTime(step.at()), "name", step.by() == null ? "" : step.by()))));
            item.addClassName("case-step-done");
            CaseDetail detail = step.detail();
            if (detail != null) {
                details(content, item, detail);
            }
            list.add(item);
        }
        return list;
    }

    private static void details(PageContent content, ListItem item, CaseDetail detail) {
        if (detail.visit() != null) {
            item.add(visit(content, detail.visit()));
        }
        if (detail.decision() != null) {
            item.add(decision(content, detail.decision()));
        }
        if (detail.change() != null) {
            item.add(new Paragraph(content.text("handoff.change." + MessageKeys.part(detail.change()))));
        }
        if (detail.text() != null) {
            Div words = new Div(detail.text());
            words.addClassName("case-words");
            item.add(words);
        }
    }

    private static SummaryList visit(PageContent content, CaseDetail.Visit visit) {
        SummaryList list = new SummaryList()
                .row(content.text("handoff.visit.when"), content.text("handoff.visit.when-value", Map.of("date",
                        content.date(visit.date()), "time", content.time(visit.time()))))
                .row(content.text("handoff.visit.how"), content.text("handoff.visit." + MessageKeys.part(
                        visit.how())));
        if (visit.place() != null) {
            list.row(content.text("handoff.visit.where"), visit.place());
        }
        list.row(content.text("handoff.visit.who"), visit.who());
        list.addClassName("case-visit");
        return list;
    }

    private static SummaryList decision(PageContent content, CaseDetail.Decision decision) {
        SummaryList list = new SummaryList().row(content.text("handoff.decision.eligible"),
                content.text(yesNo(decision.eligible())));
        if (decision.assessedBudget() != null) {
            list.row(content.text("handoff.decision.budget"), content.text("handoff.decision.budget-value",
                    Map.of("amount", content.money(decision.assessedBudget()))));
        }
        if (decision.optionAgreed() != null) {
            list.row(content.text("handoff.decision.option"), content.text("budget.option."
                    + MessageKeys.part(decision.optionAgreed())));
        }
        list.row(content.text("handoff.decision.plan"), content.text(yesNo(decision.planAgreed())));
        list.row(content.text("handoff.decision.reasons"), decision.reasons());
        list.addClassName("case-decision");
        return list;
    }

    private static String yesNo(Boolean answer) {
        return Boolean.TRUE.equals(answer) ? "handoff.decision.yes" : "handoff.decision.no";
    }
}
