package scot.sds.portal.support;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** Moves through a page the way a keyboard user does: with Tab, and nothing else. */
public final class Keyboard {

    private static final int MOST_TABS = 60;

    private Keyboard() {}

    /** Presses Tab until the element (or something inside it) has focus; fails if it is never reached. */
    public static void tabTo(Page page, Locator target) {
        for (int presses = 0; presses < MOST_TABS; presses++) {
            if (hasFocus(target)) {
                return;
            }
            page.keyboard().press("Tab");
        }
        if (!hasFocus(target)) {
            throw new AssertionError("Tab never reached " + target + " within " + MOST_TABS + " presses");
        }
    }

    public static boolean hasFocus(Locator target) {
        return (Boolean) target.evaluate("element => element === document.activeElement"
                + " || element.contains(document.activeElement)"
                + " || (element.shadowRoot !== null && element.shadowRoot.contains(document.activeElement))");
    }
}
