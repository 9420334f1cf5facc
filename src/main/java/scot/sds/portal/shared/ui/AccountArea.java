package scot.sds.portal.shared.ui;

import com.vaadin.flow.component.Component;

/**
 * The header's account links (sign in and create an account, or the signed-in person and sign out), supplied
 * by the feature that owns accounts.
 */
public interface AccountArea {

    Component create();
}
