package scot.sds.portal.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;
import scot.sds.portal.account.AccountService;
import scot.sds.portal.account.AccountSummary;
import scot.sds.portal.account.Role;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.shared.ui.PageContent;
import scot.sds.portal.shared.ui.PortalPage;
import scot.sds.portal.shared.ui.SummaryList;

/** The signed-in person's own account: who they are to the portal, where their work is, and signing out. */
@Route(Paths.YOUR_ACCOUNT)
@PermitAll
public class YourAccountView extends PortalPage {

    private final AccountService accountService;

    public YourAccountView(AccountService accountService) {
        super("youraccount.title");
        this.accountService = accountService;
    }

    @Override
    protected void render(PageContent content) {
        accountService.signedIn().ifPresent(account -> {
            describe(content, account);
            if (account.roles().contains(Role.STAFF)) {
                staffWork(content);
            }
        });
        content.heading("youraccount.helpers.title");
        content.link("youraccount.helpers.link", Paths.YOUR_HELPERS);
        content.link("youraccount.accept.link", Paths.ACCEPT_INVITATION);
        content.link("youraccount.whose.link", Paths.ACT_FOR);
        content.link("audit.account.link", Paths.WHO_HAS_SEEN);
        content.link("records.link", Paths.YOUR_INFORMATION);
        content.heading("youraccount.next.title");
        content.point("youraccount.next.p1");
        content.startLink("youraccount.assessment.link", Paths.ASSESSMENT);
        content.link("youraccount.tracker.link", Paths.TRACKER);
        content.link("youraccount.learn.link", Paths.WHAT_IS_SDS);
        Button signOut = new Button(content.text("account.sign-out"), click -> accountService.signOut());
        signOut.addClassName("sign-out");
        content.add(signOut);
    }

    private static void staffWork(PageContent content) {
        content.heading("youraccount.staff.title");
        content.link("youraccount.staff.cases.link", Paths.STAFF_CASES);
        content.link("youraccount.staff.checks.link", Paths.STAFF_LEGAL_CHECKS);
        content.link("youraccount.staff.imports.link", Paths.STAFF_DIRECTORY_IMPORTS);
        content.link("youraccount.staff.problems.link", Paths.STAFF_REPORTED_PROBLEMS);
    }

    private static void describe(PageContent content, AccountSummary account) {
        content.add(new SummaryList()
                .row(content.text("youraccount.name"), account.displayName())
                .row(content.text("youraccount.email"), account.email())
                .row(content.text("youraccount.role"), account.roles().stream()
                        .map(role -> content.text("role." + role.key()))
                        .sorted()
                        .collect(Collectors.joining(", "))));
    }
}
