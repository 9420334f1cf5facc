package scot.sds.portal.shared.ui;

import scot.sds.portal.shared.Paths;

/** "Page not found": said alike for a page that does not exist and one the person may not see. */
abstract class PageNotShown extends PortalPage {

    PageNotShown() {
        super("error.not-found.title");
    }

    @Override
    protected void render(PageContent content) {
        content.point("error.not-found.p1");
        content.link("error.not-found.link", Paths.START);
    }
}
