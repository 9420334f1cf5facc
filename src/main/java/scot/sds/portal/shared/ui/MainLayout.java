package scot.sds.portal.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import scot.sds.portal.shared.DisplaySettingsService;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.shared.i18n.Language;
import scot.sds.portal.shared.i18n.Languages;

/**
 * The page shell around every page: skip link, header with the service name, language navigation, account
 * links, display settings, one {@code <main>}, and a footer whose help links stay in the same place (WCAG 3.2.6).
 */
@Layout
@AnonymousAllowed
public class MainLayout extends Composite<Div>
        implements RouterLayout, BeforeEnterObserver, AfterNavigationObserver, LocaleChangeObserver {

    static final String MAIN_ID = "main-content";

    private final DisplaySettingsService displaySettings;
    private final Languages languages;
    private final Anchor skipLink = new Anchor("#" + MAIN_ID);
    private final Anchor serviceName = new Anchor(Paths.href(Paths.START));
    private final Nav languageNav = new Nav();
    private final Map<Language, Anchor> languageLinks = new LinkedHashMap<>();
    private final Main main = new Main();
    private final Footer footer = new Footer();
    private final List<TranslatedText> translatedTexts = new ArrayList<>();
    private final Paragraph draftNotice = new Paragraph();
    private boolean navigatedBefore;

    public MainLayout(DisplaySettingsService displaySettings, Languages languages, ObjectProvider<AccountArea> accountArea,
            ObjectProvider<ShellBanner> banners) {
        this.displaySettings = displaySettings;
        this.languages = languages;

        skipLink.addClassName("skip-link");
        skipLink.getElement().setAttribute("router-ignore", true);
        // The page's <base href> would send a bare "#main-content" link to the start page: move focus here.
        skipLink.addAttachListener(attach -> skipLink.getElement().executeJs(
                "this.addEventListener('click', event => { event.preventDefault();"
                        + " const main = document.getElementById($0); main.focus(); main.scrollIntoView(); });",
                MAIN_ID));

        Header header = new Header();
        header.addClassName("portal-header");
        serviceName.addClassName("service-name");
        Div headerBar = new Div(serviceName);
        headerBar.addClassName("header-bar");
        accountArea.ifAvailable(area -> headerBar.add(area.create()));
        header.add(headerBar, languageNavigation(), new DisplaySettingsBar(displaySettings));

        main.setId(MAIN_ID);
        main.getElement().setAttribute("tabindex", "-1");

        getContent().addClassName("page-shell");
        getContent().add(skipLink, header);
        banners.orderedStream().forEach(banner -> getContent().add(banner.create()));
        getContent().add(main, footer());
    }

    private Nav languageNavigation() {
        languageNav.addClassName("language-nav");
        UnorderedList list = new UnorderedList();
        for (Language language : languages.all()) {
            Anchor link = new Anchor();
            link.setText(language.nativeName());
            link.getElement().setAttribute("lang", language.tag());
            link.getElement().setAttribute("hreflang", language.tag());
            languageLinks.put(language, link);
            list.add(new ListItem(link));
        }
        languageNav.add(list);
        return languageNav;
    }

    private Footer footer() {
        footer.addClassName("portal-footer");
        UnorderedList links = new UnorderedList(
                new ListItem(translated(new Anchor(Paths.href(Paths.HELP)), "footer.help")),
                new ListItem(translated(new Anchor(Paths.href(Paths.ACCESSIBILITY)), "footer.accessibility")),
                new ListItem(translated(new Anchor(Paths.href(Paths.PRIVACY)), "footer.privacy")),
                new ListItem(translated(new Anchor(Paths.href(Paths.GLOSSARY)), "footer.glossary")));
        links.addClassName("footer-links");
        Paragraph pictures = translated(new Paragraph(), "footer.pictures");
        pictures.addClassName("footer-small");
        draftNotice.addClassName("footer-small");
        footer.add(translated(new Nav(links), "footer.label"), draftNotice, pictures);
        return footer;
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.getElement().removeAllChildren();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> asked = event.getLocation().getQueryParameters().getParameters()
                .getOrDefault(DisplaySettingsService.LANGUAGE_PARAMETER, List.of());
        UI ui = event.getUI();
        asked.stream().findFirst().flatMap(languages::byTag)
                .filter(language -> !language.equals(displaySettings.current(ui).language()))
                .ifPresent(language -> displaySettings.changeLanguage(ui, language));
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String path = Paths.href(event.getLocation().getPath());
        languageLinks.forEach((language, link) ->
                link.setHref(path + "?" + DisplaySettingsService.LANGUAGE_PARAMETER + "=" + language.tag()));
        if (navigatedBefore) {
            // After moving within the portal, start reading at the new page's heading, as after a page load.
            event.getLocationChangeEvent().getUI().getPage().executeJs("const h = document.querySelector('main h1'); if (h) h.focus();");
        }
        navigatedBefore = true;
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        skipLink.setText(getTranslation("shell.skip"));
        serviceName.setText(getTranslation("service.name"));
        languageNav.getElement().setAttribute("aria-label", getTranslation("shell.languages"));
        Language current = languages.of(event.getLocale());
        languageLinks.forEach((language, link) -> {
            if (language.equals(current)) {
                link.getElement().setAttribute("aria-current", "true");
            } else {
                link.getElement().removeAttribute("aria-current");
            }
        });
        translatedTexts.forEach(TranslatedText::update);
        draftNotice.setText(current.draft() ? getTranslation("footer.draft-translation") : "");
        draftNotice.setVisible(current.draft());
    }

    private <T extends Component> T translated(T component, String key) {
        translatedTexts.add(new TranslatedText(component, key));
        return component;
    }

    /** A text of the shell set again when the language changes; navigation landmarks get it as their label. */
    private record TranslatedText(Component component, String key) {
        void update() {
            String text = component.getTranslation(key);
            if (component instanceof Nav) {
                component.getElement().setAttribute("aria-label", text);
            } else {
                component.getElement().setText(text);
            }
        }
    }
}
