package scot.sds.portal.outcomes.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import scot.sds.portal.access.CurrentPerson;
import scot.sds.portal.access.HelperRole;
import scot.sds.portal.account.AccountService;
import scot.sds.portal.account.Role;
import scot.sds.portal.outcomes.OutcomeGroup;
import scot.sds.portal.outcomes.TalkingPoint;
import scot.sds.portal.outcomes.TalkingPoints;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.shared.i18n.Pictures;
import scot.sds.portal.shared.ui.MessageKeys;
import scot.sds.portal.shared.ui.PageContent;
import scot.sds.portal.shared.ui.PortalPage;

/**
 * Choosing what matters: the Talking Points outcomes in their three groups, the carers' own set for a carer, and
 * the choice to write one wholly in one's own words. Each is a link, so it is as easy by keyboard as by touch.
 */
@Route(Paths.CHOOSE_OUTCOME)
@PermitAll
public class ChooseOutcomeView extends PortalPage {

    static final String TALKING_POINT = "talking-point";

    private final TalkingPoints talkingPoints;
    private final CurrentPerson currentPerson;
    private final AccountService accounts;

    public ChooseOutcomeView(TalkingPoints talkingPoints, CurrentPerson currentPerson, AccountService accounts) {
        super("outcomes.choose.title");
        this.talkingPoints = talkingPoints;
        this.currentPerson = currentPerson;
        this.accounts = accounts;
    }

    @Override
    protected void render(PageContent content) {
        content.point("outcomes.choose.intro.p1");
        List<OutcomeGroup> groups = new ArrayList<>(List.of(OutcomeGroup.QUALITY_OF_LIFE, OutcomeGroup.PROCESS,
                OutcomeGroup.CHANGE));
        if (carerIsHere()) {
            groups.add(OutcomeGroup.CARER);
        }
        for (OutcomeGroup group : groups) {
            content.heading("outcomes.group." + MessageKeys.part(group));
            UnorderedList list = content.add(new UnorderedList());
            list.addClassName("choice-list");
            for (TalkingPoint point : talkingPoints.inGroup(group)) {
                list.add(choice(content, point));
            }
        }
        content.heading("outcomes.choose.own.heading");
        content.link("outcomes.choose.own.link", Paths.OUTCOME);
    }

    private ListItem choice(PageContent content, TalkingPoint point) {
        Anchor link = new Anchor(Paths.href(Paths.OUTCOME) + "?" + TALKING_POINT + "=" + point.id(),
                content.text(point.nameKey()));
        ListItem item = new ListItem();
        item.addClassName("outcome-choice");
        if (content.easyRead()) {
            Image picture = new Image(Pictures.href(point.picture()), "");
            picture.addClassName("easy-read-picture");
            item.add(picture);
        }
        item.add(link, new Paragraph(content.text(point.descriptionKey())));
        return item;
    }

    /** A carer helping someone, or someone who signed up as a carer, also sees the carers' own outcomes. */
    private boolean carerIsHere() {
        boolean helpingAsCarer = currentPerson.actingFor()
                .map(helping -> helping.role() == HelperRole.CARER || helping.role() == HelperRole.FAMILY)
                .orElse(false);
        return helpingAsCarer || accounts.signedIn().map(account -> account.roles().contains(Role.CARER))
                .orElse(false);
    }
}
