package scot.sds.portal.shared;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * Gives every page its language, direction and display classes from the first byte of HTML, before any script
 * runs (Vaadin does not set {@code <html lang>} itself), and puts the settings into force for each new UI.
 */
@Component
class PageShellInitializer implements VaadinServiceInitListener {

    private final DisplaySettingsService displaySettings;

    PageShellInitializer(DisplaySettingsService displaySettings) {
        this.displaySettings = displaySettings;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            VaadinRequest request = response.getVaadinRequest();
            DisplaySettings settings = displaySettings.resolve(request);
            if (request.getParameter(DisplaySettingsService.LANGUAGE_PARAMETER) != null) {
                DisplaySettingsService.remember(DisplaySettingsService.LANGUAGE_COOKIE, settings.language().tag());
            }
            Element html = response.getDocument().selectFirst("html");
            html.attr("lang", settings.language().tag());
            html.attr("dir", settings.direction());
            html.attr("class", String.join(" ", settings.htmlClasses()));
        });
        event.getSource().addUIInitListener(uiEvent ->
                displaySettings.apply(uiEvent.getUI(), displaySettings.resolve(VaadinRequest.getCurrent())));
    }
}
