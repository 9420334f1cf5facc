package scot.sds.portal.account.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.util.Optional;
import scot.sds.portal.account.AccountService;
import scot.sds.portal.account.AccountSummary;
import scot.sds.portal.account.SignInMethod;
import scot.sds.portal.shared.Paths;

/** The header's account links: sign in and create an account, or who is signed in, their account and sign out. */
class AccountLinks extends Composite<Nav> implements LocaleChangeObserver {

    private final AccountService accountService;
    private final SignInMethod signInMethod;
    private final Optional<AccountSummary> account;

    AccountLinks(AccountService accountService, SignInMethod signInMethod) {
        this.accountService = accountService;
        this.signInMethod = signInMethod;
        this.account = accountService.signedIn();
        getContent().addClassName("account-links");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        Nav nav = getContent();
        nav.removeAll();
        nav.getElement().setAttribute("aria-label", getTranslation("account.nav"));
        account.ifPresentOrElse(signedIn -> {
            nav.add(new Span(getTranslation("account.signed-in-as", signedIn.displayName())),
                    new Anchor(Paths.href(Paths.YOUR_ACCOUNT), getTranslation("account.your-account")));
            Button signOut = new Button(getTranslation("account.sign-out"), click -> accountService.signOut());
            signOut.addThemeVariants(ButtonVariant.TERTIARY);
            nav.add(signOut);
        }, () -> {
            Anchor signIn = new Anchor(signInMethod.signInHref(), getTranslation("account.sign-in"));
            if (!signInMethod.usesPortalSignInPage()) {
                // Sign-in at an identity provider starts outside the portal's pages: a full page load.
                signIn.getElement().setAttribute("router-ignore", true);
            }
            nav.add(signIn);
            signInMethod.createAccountHref()
                    .ifPresent(href -> nav.add(new Anchor(href, getTranslation("account.create"))));
        });
    }
}
