package scot.sds.portal.learn.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.shared.ui.PageContent;
import scot.sds.portal.shared.ui.PortalPage;

/**
 * What Self-directed Support is, and the 4 options. Every option is told in the same parts, in the same order
 * (what it means, who arranges what, what you would do, who it may suit), so none reads as the default.
 */
@Route(Paths.WHAT_IS_SDS)
@AnonymousAllowed
public class WhatIsSdsView extends PortalPage {

    static final int OPTIONS = 4;
    static final int PARTS_PER_OPTION = 5;

    public WhatIsSdsView() {
        super("whatis.title");
    }

    @Override
    protected void render(PageContent content) {
        content.point("whatis.intro.p1");
        content.point("whatis.intro.p2");
        content.heading("whatis.law.title");
        content.point("whatis.law.p1");
        content.point("whatis.law.p2");
        content.point("whatis.law.p3");
        content.heading("whatis.options.title");
        content.point("whatis.options.p1");
        content.point("whatis.options.p2");
        for (int option = 1; option <= OPTIONS; option++) {
            String prefix = "whatis.option" + option;
            content.subheading(prefix + ".title");
            for (int part = 1; part <= PARTS_PER_OPTION; part++) {
                content.point(prefix + ".p" + part);
            }
        }
        content.heading("whatis.change.title");
        content.point("whatis.change.p1");
        content.heading("whatis.help.title");
        content.point("whatis.help.p1");
        content.point("whatis.help.p2");
        content.point("whatis.help.p3");
        content.link("whatis.next.link", Paths.WHAT_HAPPENS_NEXT);
        content.link("whatis.glossary.link", Paths.GLOSSARY);
    }
}
