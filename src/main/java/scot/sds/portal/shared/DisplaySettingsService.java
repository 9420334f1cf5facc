package scot.sds.portal.shared;

import com.vaadin.flow.component.Direction;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import scot.sds.portal.shared.i18n.Language;
import scot.sds.portal.shared.i18n.Languages;
import scot.sds.portal.shared.i18n.ReadingMode;

/**
 * Works out and changes a person's display settings. They are remembered in cookies (and easy read also with a
 * signed-in person's account), held in the Vaadin session, and carried by the UI's locale and the classes,
 * {@code lang} and {@code dir} of {@code <html>}.
 */
@Service
public class DisplaySettingsService {

    /** The query parameter the language navigation links carry. */
    public static final String LANGUAGE_PARAMETER = "lang";

    static final String LANGUAGE_COOKIE = "sds-lang";
    static final String EASY_READ_COOKIE = "sds-easy-read";
    static final String TEXT_SIZE_COOKIE = "sds-text-size";
    static final String CONTRAST_COOKIE = "sds-contrast";
    private static final Duration COOKIE_LIFETIME = Duration.ofDays(365);

    private final Languages languages;
    private final ObjectProvider<PersonalPreferences> personalPreferences;

    public DisplaySettingsService(Languages languages, ObjectProvider<PersonalPreferences> personalPreferences) {
        this.languages = languages;
        this.personalPreferences = personalPreferences;
    }

    /**
     * The settings for a request: a language asked for in the URL, then the remembered choice, then the
     * browser's languages, then the portal's first language.
     */
    public DisplaySettings resolve(VaadinRequest request) {
        Language language = language(request.getParameter(LANGUAGE_PARAMETER), cookie(request, LANGUAGE_COOKIE),
                request.getHeader("Accept-Language"));
        boolean easyRead = personalPreferences.stream()
                .map(PersonalPreferences::easyRead)
                .flatMap(Optional::stream)
                .findFirst()
                .orElseGet(() -> cookie(request, EASY_READ_COOKIE).map("on"::equals).orElse(false));
        return new DisplaySettings(language, easyRead ? ReadingMode.EASY_READ : ReadingMode.STANDARD,
                TextSize.parse(cookie(request, TEXT_SIZE_COOKIE).orElse(null)),
                cookie(request, CONTRAST_COOKIE).map("high"::equals).orElse(false));
    }

    /**
     * The language for a request outside Vaadin, such as the start of sign-in at the council's Keycloak, chosen
     * the same way as for a page.
     */
    public Language language(HttpServletRequest request) {
        Optional<String> remembered = request.getCookies() == null ? Optional.empty()
                : Arrays.stream(request.getCookies()).filter(c -> LANGUAGE_COOKIE.equals(c.getName()))
                        .map(Cookie::getValue).findFirst();
        return language(request.getParameter(LANGUAGE_PARAMETER), remembered, request.getHeader("Accept-Language"));
    }

    private Language language(String asked, Optional<String> remembered, String acceptLanguage) {
        return languages.byTag(asked)
                .or(() -> languages.byTag(remembered.orElse(null)))
                .or(() -> languages.bestFor(acceptLanguage))
                .orElse(languages.fallback());
    }

    /** The settings in force for this UI's session. */
    public DisplaySettings current(UI ui) {
        DisplaySettings settings = ui.getSession().getAttribute(DisplaySettings.class);
        return settings != null ? settings : resolve(VaadinRequest.getCurrent());
    }

    /** Puts settings into force for a UI: locale, direction, {@code <html>} attributes, and the session. */
    public void apply(UI ui, DisplaySettings settings) {
        VaadinSession session = ui.getSession();
        session.setAttribute(DisplaySettings.class, settings);
        ui.setDirection(settings.language().rightToLeft() ? Direction.RIGHT_TO_LEFT : Direction.LEFT_TO_RIGHT);
        ui.getPage().executeJs("const html = document.documentElement; html.lang = $0; html.dir = $1;"
                        + " html.className = $2;",
                settings.language().tag(), settings.direction(), String.join(" ", settings.htmlClasses()));
        if (!settings.locale().equals(ui.getLocale())) {
            ui.setLocale(settings.locale());
        }
    }

    public void changeLanguage(UI ui, Language language) {
        remember(LANGUAGE_COOKIE, language.tag());
        apply(ui, current(ui).withLanguage(language));
    }

    public void changeReadingMode(UI ui, ReadingMode mode) {
        boolean on = mode == ReadingMode.EASY_READ;
        remember(EASY_READ_COOKIE, on ? "on" : "off");
        personalPreferences.ifAvailable(preferences -> preferences.rememberEasyRead(on));
        apply(ui, current(ui).withReadingMode(mode));
    }

    public void changeTextSize(UI ui, TextSize size) {
        remember(TEXT_SIZE_COOKIE, size.name().toLowerCase(java.util.Locale.ROOT));
        apply(ui, current(ui).withTextSize(size));
    }

    public void changeContrast(UI ui, boolean high) {
        remember(CONTRAST_COOKIE, high ? "high" : "standard");
        apply(ui, current(ui).withHighContrast(high));
    }

    /** Remembers a choice in a cookie on the response being written. */
    static void remember(String name, String value) {
        VaadinResponse response = VaadinResponse.getCurrent();
        VaadinRequest request = VaadinRequest.getCurrent();
        if (response == null || request == null) {
            return;
        }
        Cookie cookie = new Cookie(name, value);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge((int) COOKIE_LIFETIME.toSeconds());
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    private static Optional<String> cookie(VaadinRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies).filter(c -> name.equals(c.getName())).map(Cookie::getValue).findFirst();
    }
}
