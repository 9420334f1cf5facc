package scot.sds.portal.records.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import scot.sds.portal.account.AccountService;
import scot.sds.portal.records.RecordsService;
import scot.sds.portal.records.RetentionRule;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.shared.i18n.Languages;
import scot.sds.portal.shared.pdf.PdfWriter;
import scot.sds.portal.shared.ui.PageContent;

/**
 * Everything the portal holds about the signed-in person, and how long the council keeps each kind of record. It is
 * always their own: a helper acting for someone gets a copy of their own information, never the other person's.
 */
@Route(Paths.YOUR_INFORMATION)
@PermitAll
public class YourInformationView extends RecordsPage implements BeforeEnterObserver {

    private final AccountService accounts;

    public YourInformationView(RecordsService records, AccountService accounts, Languages languages,
            PdfWriter pdfWriter) {
        super("records.title", records, languages, pdfWriter);
        this.accounts = accounts;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        open(accounts.signedIn().orElseThrow().id());
    }

    @Override
    protected void render(PageContent content) {
        content.point("records.intro.p1");
        content.point("records.intro.p2");
        content.heading("records.kept.title");
        for (RetentionRule rule : records().retentionRules()) {
            content.point("records.kept." + rule.recordType() + ".p1", Map.of("months", rule.keepForMonths()));
        }
        content.heading("records.copy.title");
        showCopy(content);
    }
}
