package scot.sds.portal.access.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import java.util.Map;
import scot.sds.portal.access.CurrentPerson;
import scot.sds.portal.shared.Paths;

/**
 * "You are acting for Ann Smith (carer; can see and answer)" on every page while a helper acts for someone,
 * checked again at every page so that a revoked or expired relationship ends it at once.
 */
class ActingForBanner extends Composite<Div> implements AfterNavigationObserver, LocaleChangeObserver {

    private final CurrentPerson currentPerson;

    ActingForBanner(CurrentPerson currentPerson) {
        this.currentPerson = currentPerson;
        getContent().addClassName("acting-for-banner");
        getContent().getElement().setAttribute("role", "region");
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        refresh();
    }

    private void refresh() {
        Div banner = getContent();
        banner.removeAll();
        currentPerson.actingFor().ifPresentOrElse(actingFor -> {
            banner.getElement().setAttribute("aria-label", getTranslation("access.banner.label"));
            banner.add(new Paragraph(getTranslation("access.banner.text", Map.of(
                    "name", actingFor.personName(),
                    "role", HelperTexts.role(this, actingFor.role()),
                    "abilities", HelperTexts.abilities(this, getLocale(), actingFor.scopes())))));
            Anchor change = new Anchor(Paths.href(Paths.ACT_FOR), getTranslation("access.banner.change"));
            Button stop = new Button(getTranslation("access.banner.stop"), click -> {
                currentPerson.actForMyself();
                UI.getCurrent().navigate(Paths.ACT_FOR);
            });
            stop.addThemeVariants(ButtonVariant.TERTIARY);
            banner.add(change, stop);
            setVisible(true);
        }, () -> setVisible(false));
    }
}
