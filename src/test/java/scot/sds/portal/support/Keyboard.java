package scot.sds.portal.support;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** Moves through a page the way a keyboard user does: with Tab, and nothing else. */
public final class Keyboard {

    private static final int MOST_TABS = 150;

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

    /** Follows a link or presses a button: reached with Tab and pressed with Enter, or clicked. */
    public static void activate(Page page, Locator target, boolean byKeyboard) {
        if (byKeyboard) {
            tabTo(page, target);
            page.keyboard().press("Enter");
        } else {
            target.click();
        }
    }

    /** Types into a field instead of what it holds: reached with Tab, or filled directly. */
    public static void type(Page page, Locator input, String text, boolean byKeyboard) {
        if (byKeyboard) {
            tabTo(page, input);
            page.keyboard().press("ControlOrMeta+A");
            page.keyboard().type(text);
        } else {
            input.fill(text);
        }
    }

    public static boolean hasFocus(Locator target) {
        return (Boolean) target.evaluate("element => element === document.activeElement"
                + " || element.contains(document.activeElement)"
                + " || (element.shadowRoot !== null && element.shadowRoot.contains(document.activeElement))");
    }

    /**
     * Selects a radio button: with Space and then the arrow keys, which go round the group (and run the other way
     * in a right-to-left language), or with the mouse.
     */
    public static void choose(Page page, Locator group, int index, boolean byKeyboard) {
        Locator buttons = group.locator("vaadin-radio-button");
        if (byKeyboard) {
            tabTo(page, group);
            if (checkedIndex(group) < 0) {
                page.keyboard().press("Space");
            }
            for (int presses = 0; presses < buttons.count() && checkedIndex(group) != index; presses++) {
                page.keyboard().press("ArrowDown");
            }
        } else {
            buttons.nth(index).click();
        }
        assertThat(buttons.nth(index)).hasAttribute("checked", "");
    }

    private static int checkedIndex(Locator group) {
        return ((Number) group.evaluate("group => [...group.querySelectorAll('vaadin-radio-button')]"
                + ".findIndex(button => button.checked)")).intValue();
    }
}
