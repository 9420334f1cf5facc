package scot.sds.portal.shared.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.util.EnumMap;
import java.util.Map;
import scot.sds.portal.shared.DisplaySettings;
import scot.sds.portal.shared.DisplaySettingsService;
import scot.sds.portal.shared.TextSize;
import scot.sds.portal.shared.i18n.ReadingMode;

/** The easy-read switch, text size and contrast controls: toggle buttons that say whether they are on. */
class DisplaySettingsBar extends Composite<Div> implements LocaleChangeObserver {

    private final DisplaySettingsService displaySettings;
    private final Button easyRead = new Button();
    private final Span textSizeLabel = new Span();
    private final Map<TextSize, Button> textSizes = new EnumMap<>(TextSize.class);
    private final Button highContrast = new Button();

    DisplaySettingsBar(DisplaySettingsService displaySettings) {
        this.displaySettings = displaySettings;
        easyRead.addClassName("easy-read-switch");
        easyRead.addClickListener(click -> {
            UI ui = UI.getCurrent();
            boolean on = displaySettings.current(ui).readingMode() == ReadingMode.EASY_READ;
            displaySettings.changeReadingMode(ui, on ? ReadingMode.STANDARD : ReadingMode.EASY_READ);
        });

        Div sizes = new Div(textSizeLabel);
        sizes.addClassName("text-size-control");
        sizes.getElement().setAttribute("role", "group");
        textSizeLabel.setId("text-size-label");
        sizes.getElement().setAttribute("aria-labelledby", textSizeLabel.getId().orElseThrow());
        for (TextSize size : TextSize.values()) {
            Button button = new Button();
            button.addClassName(size.cssClass() + "-sample");
            button.addClickListener(click -> {
                displaySettings.changeTextSize(UI.getCurrent(), size);
                refresh();
            });
            textSizes.put(size, button);
            sizes.add(button);
        }

        highContrast.addClickListener(click -> {
            UI ui = UI.getCurrent();
            displaySettings.changeContrast(ui, !displaySettings.current(ui).highContrast());
            refresh();
        });

        getContent().addClassName("display-settings");
        getContent().add(easyRead, sizes, highContrast);
    }

    /** A change of language or reading mode re-labels the controls. */
    @Override
    public void localeChange(LocaleChangeEvent event) {
        refresh();
    }

    private void refresh() {
        DisplaySettings settings = displaySettings.current(UI.getCurrent());
        easyRead.setText(getTranslation("shell.easy-read"));
        pressed(easyRead, settings.readingMode() == ReadingMode.EASY_READ);
        textSizeLabel.setText(getTranslation("shell.text-size"));
        textSizes.forEach((size, button) -> {
            button.setText(getTranslation("shell.text-size." + size.name().toLowerCase(java.util.Locale.ROOT)));
            pressed(button, size == settings.textSize());
        });
        highContrast.setText(getTranslation("shell.high-contrast"));
        pressed(highContrast, settings.highContrast());
    }

    private static void pressed(Button button, boolean on) {
        button.getElement().setAttribute("aria-pressed", String.valueOf(on));
    }
}
