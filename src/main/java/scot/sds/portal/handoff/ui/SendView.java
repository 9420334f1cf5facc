package scot.sds.portal.handoff.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import java.util.Optional;
import scot.sds.portal.access.ActingFor;
import scot.sds.portal.access.CurrentPerson;
import scot.sds.portal.handoff.SendProblem;
import scot.sds.portal.handoff.SendResult;
import scot.sds.portal.handoff.SubmissionService;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.shared.ui.FormPage;
import scot.sds.portal.shared.ui.PageContent;

/**
 * "Send to the council": what happens to what is sent, a plain declaration, and one button. A helper sends only if
 * the person let them; what is sent then cannot change.
 */
@Route(Paths.SEND)
@PermitAll
public class SendView extends FormPage implements BeforeEnterObserver {

    private final SubmissionService submissions;
    private final CurrentPerson currentPerson;
    private long personId;
    private Optional<ActingFor> actingFor = Optional.empty();
    private boolean nothingToSend;

    public SendView(SubmissionService submissions, CurrentPerson currentPerson) {
        super("handoff.send.title");
        this.submissions = submissions;
        this.currentPerson = currentPerson;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        personId = currentPerson.personId().orElseThrow();
        actingFor = currentPerson.actingFor();
        nothingToSend = false;
        if (submissions.sent(personId).isPresent()) {
            event.forwardTo(Paths.TRACKER);
        }
    }

    @Override
    protected void render(PageContent content) {
        content.point("handoff.send.intro.p1");
        content.points("handoff.send.goes.p1", "handoff.send.goes.p2", "handoff.send.goes.p3");
        if (!submissions.maySend(personId)) {
            content.inset("handoff.send.not-yours.p1", Map.of("name", actingFor.map(ActingFor::personName)
                    .orElse("")));
            return;
        }
        if (nothingToSend) {
            content.inset("handoff.send.nothing.p1");
            content.link("handoff.send.nothing.link", Paths.ASSESSMENT);
            return;
        }
        content.heading("handoff.send.declaration");
        actingFor.ifPresentOrElse(helping -> {
            for (String point : new String[] {"handoff.send.helper.p1", "handoff.send.helper.p2",
                    "handoff.send.helper.p3"}) {
                content.point(point, Map.of("name", helping.personName()));
            }
        }, () -> content.points("handoff.send.person.p1", "handoff.send.person.p2"));
        content.add(primaryButton(content.text("handoff.send.button"), "send-button", this::send));
    }

    private void send() {
        SendResult result = submissions.send(personId, getLocale());
        if (result.sent().isPresent() || result.problem().orElse(null) == SendProblem.ALREADY_SENT) {
            UI.getCurrent().navigate(Paths.TRACKER, QueryParameters.of(TrackerView.JUST_SENT, "yes"));
            return;
        }
        nothingToSend = true;
        refresh();
    }
}
