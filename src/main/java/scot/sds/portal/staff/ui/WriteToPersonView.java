package scot.sds.portal.staff.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
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

/**
 * A message to the person, which they and the helpers who may read their messages see on their tracker; the email
 * they get says only that there is an update. Asking for information puts the case in "waiting for information".
 */
@Route(Paths.STAFF_CASES + "/:" + CaseActionPage.REFERENCE + "/" + WriteToPersonView.STEP)
@RolesAllowed("STAFF")
public class WriteToPersonView extends CaseActionPage {

    static final String STEP = "write";

    private final TextArea text = new TextArea();
    private final Checkbox asks = new Checkbox();

    public WriteToPersonView(CaseworkService casework) {
        super("staff.write.title", casework);
        text.setId("write-text");
        text.setMaxLength(CaseDetail.MOST_CHARACTERS);
        asks.setId("write-asks");
    }

    @Override
    protected List<Component> form(PageContent content) {
        text.setLabel(content.text("staff.write.text"));
        text.setHelperText(content.text("staff.write.text.hint", Map.of("most", CaseDetail.MOST_CHARACTERS)));
        asks.setLabel(content.text("staff.write.asks"));
        return List.of(text, asks, primaryButton(content.text("staff.write.send"), "write-send", this::send));
    }

    private void send() {
        taken(casework.write(reference, text.getValue(), asks.getValue()),
                problem -> CaseProblems.add(errors, text, problem));
    }
}
