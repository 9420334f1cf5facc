package scot.sds.portal.handoff.ui;

import com.vaadin.flow.component.HasValidation;
import java.util.Map;
import scot.sds.portal.handoff.CaseDetail;
import scot.sds.portal.handoff.CaseProblem;
import scot.sds.portal.shared.ui.ErrorSummary;
import scot.sds.portal.shared.ui.MessageKeys;

/** The message for each reason a step on a case was not taken, shared by the person's and the staff's forms. */
public final class CaseProblems {

    private CaseProblems() {}

    /** Shows the problem next to the field it is about and in the error summary. */
    public static void add(ErrorSummary errors, HasValidation field, CaseProblem problem) {
        errors.add(field, "handoff.error." + MessageKeys.part(problem), Map.of("most", CaseDetail.MOST_CHARACTERS));
    }
}
