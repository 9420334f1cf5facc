package scot.sds.portal.access.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;
import scot.sds.portal.access.CurrentPerson;
import scot.sds.portal.shared.ui.ShellBanner;

/** Puts the "acting for" banner into the page shell. */
@SpringComponent
class AccessShellBanner implements ShellBanner {

    private final CurrentPerson currentPerson;

    AccessShellBanner(CurrentPerson currentPerson) {
        this.currentPerson = currentPerson;
    }

    @Override
    public Component create() {
        return new ActingForBanner(currentPerson);
    }
}
