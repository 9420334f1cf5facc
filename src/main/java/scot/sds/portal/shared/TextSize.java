package scot.sds.portal.shared;

/** The text sizes a person can choose; each scales every size on the page through the root font size. */
public enum TextSize {
    STANDARD,
    LARGE,
    LARGER;

    /** The class on {@code <html>} that selects this size in the theme. */
    public String cssClass() {
        return "text-size-" + name().toLowerCase(java.util.Locale.ROOT);
    }

    static TextSize parse(String value) {
        for (TextSize size : values()) {
            if (size.name().equalsIgnoreCase(value)) {
                return size;
            }
        }
        return STANDARD;
    }
}
