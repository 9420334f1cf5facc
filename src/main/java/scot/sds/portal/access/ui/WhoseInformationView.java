package scot.sds.portal.access.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import scot.sds.portal.access.ActingFor;
import scot.sds.portal.access.CurrentPerson;
import scot.sds.portal.access.RelationshipService;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.shared.ui.PageContent;
import scot.sds.portal.shared.ui.PortalPage;

/** A helper chooses whose information they are working on: their own, or someone who has given them access. */
@Route(Paths.ACT_FOR)
@PermitAll
public class WhoseInformationView extends PortalPage {

    private final RelationshipService relationships;
    private final CurrentPerson currentPerson;

    public WhoseInformationView(RelationshipService relationships, CurrentPerson currentPerson) {
        super("access.whose.title");
        this.relationships = relationships;
        this.currentPerson = currentPerson;
    }

    @Override
    protected void render(PageContent content) {
        List<ActingFor> people = relationships.peopleICanActFor();
        if (people.isEmpty()) {
            content.point("access.whose.none.p1");
            content.link("access.whose.accept.link", Paths.ACCEPT_INVITATION);
            return;
        }
        content.point("access.whose.intro.p1");
        UnorderedList choices = new UnorderedList();
        choices.addClassName("choice-list");
        for (ActingFor person : people) {
            Button choose = new Button(content.text("access.whose.act-for", Map.of(
                    "name", person.personName(), "role", HelperTexts.role(this, person.role()))), click -> {
                currentPerson.actFor(person.personId());
                UI.getCurrent().navigate(Paths.YOUR_ACCOUNT);
            });
            choose.addClassName("act-for");
            choices.add(new ListItem(choose));
        }
        Button myself = new Button(content.text("access.whose.myself"), click -> {
            currentPerson.actForMyself();
            UI.getCurrent().navigate(Paths.YOUR_ACCOUNT);
        });
        choices.add(new ListItem(myself));
        content.add(choices);
        content.link("access.whose.accept.link", Paths.ACCEPT_INVITATION);
    }
}
