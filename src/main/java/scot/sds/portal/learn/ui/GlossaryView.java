package scot.sds.portal.learn.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.shared.ui.PageContent;
import scot.sds.portal.shared.ui.PortalPage;

/**
 * The words of social care, with the older names people still hear (direct payment, care package, RAS figure),
 * so a letter from the council and this service can be read side by side.
 */
@Route(Paths.GLOSSARY)
@AnonymousAllowed
public class GlossaryView extends PortalPage {

    /** Each entry has {@code glossary.<id>.term}, {@code .also} and {@code .p1}; the id is also its anchor. */
    static final List<String> ENTRIES = List.of("sds", "option1", "option2", "option3", "option4", "budget",
            "indicative", "pa", "plan", "assessment", "eligibility", "outcomes", "carer", "advocate", "broker",
            "attorney", "contribution", "respite", "careathome");

    public GlossaryView() {
        super("glossary.title");
    }

    @Override
    protected void render(PageContent content) {
        content.point("glossary.intro.p1");
        DescriptionList list = new DescriptionList();
        list.addClassName("glossary");
        for (String id : ENTRIES) {
            String prefix = "glossary." + id;
            DescriptionList.Term term = new DescriptionList.Term(content.text(prefix + ".term"));
            // Lets other pages link straight to a word, e.g. words-we-use#indicative.
            term.setId(id);
            list.add(term, new DescriptionList.Description(
                    content.pointComponent(prefix + ".p1"), new Paragraph(content.text(prefix + ".also"))));
        }
        content.add(list);
    }
}
