package scot.sds.portal.support;

import com.microsoft.playwright.Page;

/** Waits on Vaadin's own state rather than on time. */
public final class Vaadin {

    private Vaadin() {}

    /** Returns once the Vaadin client has started and has no request to the server in flight. */
    public static void waitUntilIdle(Page page) {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.keys(window.Vaadin.Flow.clients).length > 0"
                + " && Object.values(window.Vaadin.Flow.clients).every(client => !client.isActive())"
                + " && document.querySelector('main h1') !== null");
    }
}
