package scot.sds.portal.support;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Keeps a full-page screenshot of a failed browser test, before its browser context is closed. */
class ScreenshotOnFailure implements AfterTestExecutionCallback {

    @Override
    public void afterTestExecution(ExtensionContext extension) {
        if (extension.getExecutionException().isEmpty()) {
            return;
        }
        Page page = ((BrowserTest) extension.getRequiredTestInstance()).page();
        if (page == null || page.isClosed()) {
            return;
        }
        String name = (extension.getRequiredTestClass().getSimpleName() + "-" + extension.getDisplayName())
                .replaceAll("[^A-Za-z0-9._-]+", "_");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target", "playwright-failures", name + ".png"))
                .setFullPage(true));
    }
}
