package scot.sds.portal.staff.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import java.util.List;
import java.util.function.Consumer;
import scot.sds.portal.handoff.CaseProblem;
import scot.sds.portal.handoff.CaseStatus;
import scot.sds.portal.handoff.CaseworkService;
import scot.sds.portal.handoff.StaffCase;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.shared.ui.FormPage;
import scot.sds.portal.shared.ui.PageContent;
import scot.sds.portal.shared.ui.SummaryList;

/**
 * A page for one step staff take on a case, such as booking the assessment: which case, the form, and back to the
 * case once the step is taken. A closed case takes no more steps, so its pages lead back to it.
 */
abstract class CaseActionPage extends FormPage implements BeforeEnterObserver {

    static final String REFERENCE = "reference";

    protected final CaseworkService casework;
    protected String reference;
    private StaffCase opened;

    protected CaseActionPage(String titleKey, CaseworkService casework) {
        super(titleKey);
        this.casework = casework;
    }

    /** The page's address for a case: the case's own address and the step's name. */
    static String path(String reference, String step) {
        return Paths.STAFF_CASES + "/" + reference + "/" + step;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reference = event.getRouteParameters().get(REFERENCE).orElse("");
        opened = casework.open(reference).orElse(null);
        if (opened == null) {
            event.forwardTo(Paths.STAFF_CASES);
        } else if (opened.summary().status() == CaseStatus.CLOSED) {
            event.forwardTo(Paths.STAFF_CASES + "/" + reference);
        }
    }

    @Override
    protected final void render(PageContent content) {
        content.add(new Anchor(Paths.href(Paths.STAFF_CASES + "/" + reference), content.text("staff.step.back")))
                .addClassName("back-link");
        content.add(errors);
        content.add(new SummaryList()
                .row(content.text("staff.cases.reference"), reference)
                .row(content.text("staff.cases.person"), opened.summary().personName())
                .row(content.text("staff.cases.status"), content.text(CaseQueueView.statusKey(
                        opened.summary().status()))))
                .addClassName("case-facts");
        List<Component> fields = form(content);
        Div form = content.add(new Div());
        form.addClassName("portal-form");
        fields.forEach(form::add);
    }

    /** The form's fields and its button, in order; any text before the form is added to the page here. */
    protected abstract List<Component> form(PageContent content);

    /** Back to the case when the step was taken; otherwise its problems, next to their fields. */
    protected void taken(List<CaseProblem> problems, Consumer<CaseProblem> show) {
        errors.clear();
        if (problems.isEmpty()) {
            UI.getCurrent().navigate(Paths.STAFF_CASES + "/" + reference);
            return;
        }
        problems.forEach(show);
        showProblems();
    }
}
