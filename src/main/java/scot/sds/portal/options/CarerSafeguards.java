package scot.sds.portal.options;

import org.springframework.stereotype.Service;
import scot.sds.portal.access.AccessDecision;
import scot.sds.portal.access.AccessGuard;
import scot.sds.portal.access.Action;
import scot.sds.portal.access.HelperRole;
import scot.sds.portal.assessment.AssessmentService;

/**
 * Whether the safeguards for carers apply to a person: a carer is using the portal for them, or their answers
 * say a carer helps them. Then nobody may assume the carer will manage the budget.
 */
@Service
public class CarerSafeguards {

    private final AccessGuard guard;
    private final AssessmentService assessments;
    private final OptionsComparison comparison;

    CarerSafeguards(AccessGuard guard, AssessmentService assessments, OptionsComparison comparison) {
        this.guard = guard;
        this.assessments = assessments;
        this.comparison = comparison;
    }

    public boolean apply(long personId) {
        AccessDecision decision = guard.require(personId, Action.VIEW_RECORD);
        return decision.helperRole() == HelperRole.CARER
                || comparison.carerSafeguardsWhen().holds(assessments.view(personId).decidingValues());
    }
}
