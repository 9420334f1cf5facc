package scot.sds.portal.budget;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import scot.sds.portal.assessment.AnswerKind;
import scot.sds.portal.assessment.AnswersToQuestion;
import scot.sds.portal.assessment.AssessmentService;
import scot.sds.portal.assessment.AssessmentView;
import scot.sds.portal.assessment.GivenAnswer;
import scot.sds.portal.assessment.Question;

/**
 * A person's indicative budget from their answers so far, read through the access check of their assessment.
 * Only answers to questions still asked count, each as the person gave it, else as their helper did.
 */
@Service
public class BudgetService {

    private final AssessmentService assessments;
    private final ResourceAllocation allocation;

    BudgetService(AssessmentService assessments, ResourceAllocation allocation) {
        this.assessments = assessments;
        this.allocation = allocation;
    }

    /** The budget and the assessment it comes from, so a page can word the answers behind it. */
    public Indication indicate(long personId) {
        AssessmentView assessment = assessments.view(personId);
        List<FactorAnswer> answers = new ArrayList<>();
        for (Question question : assessment.questionnaire().path(assessment.decidingValues())) {
            AnswersToQuestion said = assessment.answersTo(question.id());
            if (question.budgetFactor() != null && said.answered()) {
                GivenAnswer answer = said.ownWords().or(said::helperView).orElseThrow();
                answers.add(new FactorAnswer(question.budgetFactor(), question.id(), answer.values(),
                        answer.kind() == AnswerKind.GIVEN));
            }
        }
        return new Indication(allocation.indicate(answers), assessment);
    }

    /** An indicative budget with the assessment behind it. */
    public record Indication(IndicativeBudget budget, AssessmentView assessment) {

        /** Whether any answer that feeds the budget has been given yet. */
        public boolean anyAnswers() {
            return !budget.reasons().isEmpty();
        }
    }
}
