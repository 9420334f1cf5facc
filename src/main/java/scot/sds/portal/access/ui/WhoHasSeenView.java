package scot.sds.portal.access.ui;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import scot.sds.portal.access.AuditRecord;
import scot.sds.portal.access.AuditTrail;
import scot.sds.portal.account.AccountService;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.shared.ui.MessageKeys;
import scot.sds.portal.shared.ui.PageContent;
import scot.sds.portal.shared.ui.PortalPage;

/** "Who has looked at or changed my information": the person's own audit trail, newest first, in UK time. */
@Route(Paths.WHO_HAS_SEEN)
@PermitAll
public class WhoHasSeenView extends PortalPage {

    private final AuditTrail auditTrail;
    private final AccountService accounts;

    public WhoHasSeenView(AuditTrail auditTrail, AccountService accounts) {
        super("audit.title");
        this.auditTrail = auditTrail;
        this.accounts = accounts;
    }

    @Override
    protected void render(PageContent content) {
        content.point("audit.intro.p1");
        List<AuditRecord> records = auditTrail.aboutMe();
        if (records.isEmpty()) {
            content.point("audit.none.p1");
            return;
        }
        Map<Long, String> names = accounts.displayNames(records.stream().map(AuditRecord::actorId).toList());
        NativeTable table = content.table("audit.table.caption", "audit.when", "audit.who", "audit.what",
                "audit.result");
        NativeTableBody body = table.getBody();
        for (AuditRecord record : records) {
            String who = record.actorId() == record.personId() ? content.text("audit.you")
                    : names.getOrDefault(record.actorId(), content.text("audit.someone"));
            NativeTableRow row = body.addRow();
            row.addDataCell().setText(content.dateTime(record.happenedAt()));
            row.addDataCell().setText(who);
            row.addDataCell().setText(content.text("audit.action." + MessageKeys.part(record.action())));
            row.addDataCell().setText(content.text(record.allowed() ? "audit.allowed" : "audit.refused"));
        }
        content.scrolling(table);
    }
}
