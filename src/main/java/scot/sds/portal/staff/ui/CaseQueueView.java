package scot.sds.portal.staff.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import scot.sds.portal.handoff.CaseQuery;
import scot.sds.portal.handoff.CaseStatus;
import scot.sds.portal.handoff.CaseSummary;
import scot.sds.portal.handoff.CaseworkService;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.shared.ui.FormPage;
import scot.sds.portal.shared.ui.MessageKeys;
import scot.sds.portal.shared.ui.PageContent;

/**
 * What people have sent, those waiting longest first, with the flags their answers raised, filtered by status or
 * flag: where assessment staff start their day.
 */
@Route(Paths.STAFF_CASES)
@RolesAllowed("STAFF")
public class CaseQueueView extends FormPage {

    /** The waits staff filter by, in whole days: a week, a fortnight, four weeks. */
    private static final List<Integer> WAITING_DAYS = List.of(7, 14, 28);

    private final CaseworkService casework;
    private final Clock clock;
    private final Select<CaseStatus> status = new Select<>();
    private final Select<String> flag = new Select<>();
    private final Select<Integer> waiting = new Select<>();
    private CaseQuery query = CaseQuery.all();

    public CaseQueueView(CaseworkService casework, Clock clock) {
        super("staff.cases.title");
        this.casework = casework;
        this.clock = clock;
        status.setId("cases-status");
        status.setItems(CaseStatus.values());
        status.setEmptySelectionAllowed(true);
        flag.setId("cases-flag");
        flag.setItems(casework.flagIds());
        flag.setEmptySelectionAllowed(true);
        waiting.setId("cases-waiting");
        waiting.setItems(WAITING_DAYS);
        waiting.setEmptySelectionAllowed(true);
    }

    @Override
    protected void render(PageContent content) {
        content.point("staff.cases.intro.p1");
        status.setLabel(content.text("staff.cases.status"));
        status.setEmptySelectionCaption(content.text("staff.cases.any"));
        status.setItemLabelGenerator(value -> value == null ? "" : content.text(statusKey(value)));
        flag.setLabel(content.text("staff.cases.flag"));
        flag.setEmptySelectionCaption(content.text("staff.cases.any"));
        flag.setItemLabelGenerator(value -> value == null ? "" : content.text("handoff.flag." + value));
        waiting.setLabel(content.text("staff.cases.waiting-at-least"));
        waiting.setEmptySelectionCaption(content.text("staff.cases.any"));
        waiting.setItemLabelGenerator(value -> value == null ? "" : content.text("staff.cases.days-or-more",
                Map.of("days", value)));
        Div filters = content.add(new Div(status, flag, waiting, primaryButton(content.text("staff.cases.show"),
                "cases-show", this::show)));
        filters.addClassNames("portal-form", "case-filters");
        List<CaseSummary> cases = casework.queue(query);
        if (cases.isEmpty()) {
            content.point("staff.cases.none.p1");
            return;
        }
        NativeTable table = content.table("staff.cases.caption", "staff.cases.reference", "staff.cases.person",
                "staff.cases.sent", "staff.cases.waiting", "staff.cases.status", "staff.cases.flags",
                "staff.cases.worker");
        table.addClassName("case-queue");
        Instant now = clock.instant();
        for (CaseSummary summary : cases) {
            NativeTableRow row = table.getBody().addRow();
            row.addDataCell().add(new Anchor(Paths.href(Paths.STAFF_CASES + "/" + summary.reference()),
                    summary.reference()));
            row.addDataCell().setText(summary.personName());
            row.addDataCell().setText(content.dateTime(summary.sentAt()));
            row.addDataCell().setText(content.text("staff.cases.days", Map.of("days",
                    Duration.between(summary.sentAt(), now).toDays())));
            row.addDataCell().setText(content.text(statusKey(summary.status())));
            row.addDataCell().setText(content.list(summary.flags().stream()
                    .map(id -> content.text("handoff.flag." + id)).toList()));
            row.addDataCell().setText(summary.assignedTo() == null ? content.text("staff.cases.nobody")
                    : summary.assignedTo());
        }
        content.scrolling(table);
    }

    /** A status's name, shared with the case page. */
    static String statusKey(CaseStatus status) {
        return "handoff.status." + MessageKeys.part(status);
    }

    private void show() {
        query = new CaseQuery(status.getValue(), flag.getValue(), waiting.getValue());
        refresh();
    }
}
