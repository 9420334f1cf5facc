package scot.sds.portal.staff.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import scot.sds.portal.handoff.CaseDetail;
import scot.sds.portal.handoff.CaseworkService;
import scot.sds.portal.handoff.ui.CaseProblems;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.shared.ui.PageContent;

/** Closing a case, with the reason the person reads on their tracker; nothing more happens on it after. */
@Route(Paths.STAFF_CASES + "/:" + CaseActionPage.REFERENCE + "/" + CloseCaseView.STEP)
@RolesAllowed("STAFF")
public class CloseCaseView extends CaseActionPage {

    static final String STEP = "close";

    private final TextArea why = new TextArea();

    public CloseCaseView(CaseworkService casework) {
        super("staff.close.title", casework);
        why.setId("close-why");
        why.setMaxLength(CaseDetail.MOST_CHARACTERS);
    }

    @Override
    protected List<Component> form(PageContent content) {
        content.point("staff.close.intro.p1");
        why.setLabel(content.text("staff.close.why"));
        why.setHelperText(content.text("staff.close.why.hint", Map.of("most", CaseDetail.MOST_CHARACTERS)));
        return List.of(why, primaryButton(content.text("staff.close.send"), "close-send", this::send));
    }

    private void send() {
        taken(casework.close(reference, why.getValue()), problem -> CaseProblems.add(errors, why, problem));
    }
}
