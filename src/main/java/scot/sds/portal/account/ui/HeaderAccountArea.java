package scot.sds.portal.account.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;
import scot.sds.portal.account.AccountService;
import scot.sds.portal.account.SignInMethod;
import scot.sds.portal.shared.ui.AccountArea;

/** Puts the account links into the page shell's header. */
@SpringComponent
class HeaderAccountArea implements AccountArea {

    private final AccountService accountService;
    private final SignInMethod signInMethod;

    HeaderAccountArea(AccountService accountService, SignInMethod signInMethod) {
        this.accountService = accountService;
        this.signInMethod = signInMethod;
    }

    @Override
    public Component create() {
        return new AccountLinks(accountService, signInMethod);
    }
}
