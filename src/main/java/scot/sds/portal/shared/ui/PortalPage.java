package scot.sds.portal.shared.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.VaadinService;
import java.util.Locale;
import scot.sds.portal.shared.i18n.Languages;
import scot.sds.portal.shared.i18n.Pictures;

/**
 * A page of the portal: a heading that is also the window title, and content built from message keys. The
 * content is built again whenever the language or reading mode changes, so the person stays on the page.
 */
public abstract class PortalPage extends Composite<Div> implements HasDynamicTitle, LocaleChangeObserver {

    private String titleKey;
    private ErrorSummary unavailable;

    protected PortalPage(String titleKey) {
        this.titleKey = titleKey;
        getContent().addClassName("portal-page");
    }

    /** Changes the heading, for a page whose heading depends on its address, such as a question page. */
    protected void setTitleKey(String titleKey) {
        this.titleKey = titleKey;
    }

    /** Adds the page's content below its heading. */
    protected abstract void render(PageContent content);

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " – " + getTranslation("service.name");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        rebuild(event.getUI(), event.getLocale());
    }

    /** Builds the page again, after something it shows has changed. */
    protected void refresh() {
        rebuild(UI.getCurrent(), getLocale());
    }

    /**
     * The database could not be reached for what the person just did: says so below the heading, and the page
     * stays as it is.
     */
    void showDatabaseUnavailable() {
        if (unavailable == null || !unavailable.isAttached()) {
            unavailable = new ErrorSummary();
            getContent().addComponentAtIndex(1, unavailable);
        }
        unavailable.clear();
        unavailable.addForForm("error.unavailable.p1");
        unavailable.show();
    }

    /** The conventions of the page's language for numbers and money: English as in the UK. */
    protected Locale formatsAs() {
        return formatsAs(getLocale());
    }

    private static Locale formatsAs(Locale locale) {
        return VaadinService.getCurrent().getInstantiator().getOrCreate(Languages.class).of(locale).locale();
    }

    private void rebuild(UI ui, Locale locale) {
        getContent().removeAll();
        H1 heading = new H1(getTranslation(titleKey));
        // Lets the layout move focus here after moving between pages, as a full page load would.
        heading.getElement().setAttribute("tabindex", "-1");
        getContent().add(heading);
        Pictures pictures = VaadinService.getCurrent().getInstantiator().getOrCreate(Pictures.class);
        render(new PageContent(getContent(), this, locale, formatsAs(locale), pictures));
        ui.getPage().setTitle(getPageTitle());
    }
}
