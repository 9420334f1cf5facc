package scot.sds.portal.handoff.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import scot.sds.portal.access.CurrentPerson;
import scot.sds.portal.handoff.CaseDetail;
import scot.sds.portal.handoff.CaseProblem;
import scot.sds.portal.handoff.SubmissionService;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.shared.ui.FormPage;
import scot.sds.portal.shared.ui.MessageKeys;
import scot.sds.portal.shared.ui.PageContent;

/**
 * Telling the council that the person's needs have changed, or that their condition comes and goes, after they
 * sent everything: it joins the same case, so nobody has to start again with a new referral.
 */
@Route(Paths.REPORT_CHANGE)
@PermitAll
public class ReportChangeView extends FormPage implements BeforeEnterObserver {

    private final SubmissionService submissions;
    private final CurrentPerson currentPerson;
    private final RadioButtonGroup<CaseDetail.ChangeKind> kind = new RadioButtonGroup<>();
    private final TextArea words = new TextArea();
    private long personId;

    public ReportChangeView(SubmissionService submissions, CurrentPerson currentPerson) {
        super("handoff.change.title");
        this.submissions = submissions;
        this.currentPerson = currentPerson;
        kind.setId("change-kind");
        kind.setItems(CaseDetail.ChangeKind.values());
        words.setId("change-words");
        words.setMaxLength(CaseDetail.MOST_CHARACTERS);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        personId = currentPerson.personId().orElseThrow();
        if (submissions.sent(personId).isEmpty() || !submissions.maySend(personId)) {
            event.forwardTo(Paths.TRACKER);
        }
    }

    @Override
    protected void render(PageContent content) {
        content.add(new Anchor(Paths.href(Paths.TRACKER), content.text("handoff.change.back")))
                .addClassName("back-link");
        content.add(errors);
        content.point("handoff.change.intro.p1");
        kind.setLabel(content.text("handoff.change.kind"));
        kind.setItemLabelGenerator(value -> content.text("handoff.change." + MessageKeys.part(value)));
        words.setLabel(content.text("handoff.change.words"));
        words.setHelperText(content.text("handoff.change.words.hint", Map.of("most", CaseDetail.MOST_CHARACTERS)));
        content.add(new Div(kind, words, primaryButton(content.text("handoff.change.send"), "change-send",
                this::send))).addClassName("portal-form");
    }

    private void send() {
        errors.clear();
        List<CaseProblem> problems = submissions.reportChange(personId, kind.getValue(), words.getValue());
        if (problems.isEmpty()) {
            UI.getCurrent().navigate(Paths.TRACKER, QueryParameters.of(TrackerView.TOLD, "yes"));
            return;
        }
        problems.forEach(problem -> CaseProblems.add(errors, problem == CaseProblem.CHANGE_KIND_MISSING ? kind
                : words, problem));
        showProblems();
    }
}
