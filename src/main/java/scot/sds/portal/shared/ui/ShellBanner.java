package scot.sds.portal.shared.ui;

import com.vaadin.flow.component.Component;

/**
 * A notice the page shell shows on every page, just below the header (such as "You are acting for Ann
 * Smith"), supplied by the feature it belongs to.
 */
public interface ShellBanner {

    Component create();
}
