package scot.sds.portal.shared;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.util.HtmlUtils;
import scot.sds.portal.shared.database.DatabaseUnavailable;
import scot.sds.portal.shared.i18n.Language;
import scot.sds.portal.shared.i18n.Languages;
import scot.sds.portal.shared.i18n.PortalI18NProvider;

/**
 * The page a browser gets when something outside the portal's own pages fails, such as a plain Spring endpoint or
 * a request the web security rejects, or a page that could not even start because the database is away for a
 * moment: the same plain words as the portal's own error pages, in the browser's language, and nothing of what went
 * wrong inside.
 */
@Component
class PlainErrorPages implements ErrorViewResolver {

    private final Languages languages;
    private final PortalI18NProvider texts;

    PlainErrorPages(Languages languages, PortalI18NProvider texts) {
        this.languages = languages;
        this.texts = texts;
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        Language language = languages.bestFor(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE))
                .orElse(languages.fallback());
        boolean unavailable = DatabaseUnavailable.causedBy(
                (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
        String page = status.is4xxClientError() ? "error.not-found"
                : unavailable ? "error.unavailable" : "error.problem";
        ModelAndView view = new ModelAndView(page(language, page));
        view.setStatus(unavailable ? HttpStatus.SERVICE_UNAVAILABLE : status);
        return view;
    }

    private View page(Language language, String page) {
        String title = text(language, page + ".title");
        String html = "<!DOCTYPE html><html lang=\"" + language.tag() + "\" dir=\""
                + (language.rightToLeft() ? "rtl" : "ltr") + "\"><head><meta charset=\"utf-8\"><title>" + title
                + "</title><link rel=\"stylesheet\" href=\"/themes/portal/portal.css\"></head><body><main><h1>"
                + title + "</h1><p>" + text(language, page + ".p1") + "</p><p><a href=\"" + Paths.href(Paths.START)
                + "\">" + text(language, "error.not-found.link") + "</a></p></main></body></html>";
        return (model, request, response) -> {
            response.setContentType("text/html;charset=UTF-8");
            response.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
        };
    }

    private String text(Language language, String key) {
        return HtmlUtils.htmlEscape(texts.getTranslation(key, language.locale()));
    }
}
