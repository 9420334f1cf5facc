package scot.sds.portal.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import scot.sds.portal.shared.i18n.Language;
import scot.sds.portal.shared.i18n.ReadingMode;

/** How a person has chosen to see the portal: language, easy read, text size and contrast. */
public record DisplaySettings(Language language, ReadingMode readingMode, TextSize textSize, boolean highContrast) {

    public Locale locale() {
        return readingMode.locale(language);
    }

    public String direction() {
        return language.rightToLeft() ? "rtl" : "ltr";
    }

    /** The classes on {@code <html>} that switch the theme's variants on. */
    public List<String> htmlClasses() {
        List<String> classes = new ArrayList<>();
        classes.add(textSize.cssClass());
        if (readingMode == ReadingMode.EASY_READ) {
            classes.add("easy-read");
        }
        if (highContrast) {
            classes.add("high-contrast");
        }
        return classes;
    }

    public DisplaySettings withLanguage(Language newLanguage) {
        return new DisplaySettings(newLanguage, readingMode, textSize, highContrast);
    }

    public DisplaySettings withReadingMode(ReadingMode newMode) {
        return new DisplaySettings(language, newMode, textSize, highContrast);
    }

    public DisplaySettings withTextSize(TextSize newSize) {
        return new DisplaySettings(language, readingMode, newSize, highContrast);
    }

    public DisplaySettings withHighContrast(boolean on) {
        return new DisplaySettings(language, readingMode, textSize, on);
    }
}
