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
import scot.sds.portal.account.SignInService;
import scot.sds.portal.shared.Paths;

/** The header's account links: sign in and create an account, or who is signed in, their account and sign out. */
class AccountLinks extends Composite<Nav> implements LocaleChangeObserver {

    private final Optional<AccountSummary> account;
    private final SignInService signInService;

    AccountLinks(AccountService accountService, SignInService signInService) {
        this.account = accountService.signedIn();
        this.signInService = signInService;
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
            Button signOut = new Button(getTranslation("account.sign-out"), click -> signInService.signOut());
            signOut.addThemeVariants(ButtonVariant.TERTIARY);
            nav.add(signOut);
        }, () -> nav.add(
                new Anchor(Paths.href(Paths.SIGN_IN), getTranslation("account.sign-in")),
                new Anchor(Paths.href(Paths.CREATE_ACCOUNT), getTranslation("account.create"))));
    }
}
