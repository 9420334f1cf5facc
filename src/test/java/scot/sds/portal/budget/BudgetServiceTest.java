package scot.sds.portal.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static scot.sds.portal.support.People.signIn;

import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import scot.sds.portal.access.NotPermittedException;
import scot.sds.portal.access.RelationshipService;
import scot.sds.portal.account.AccountService;
import scot.sds.portal.account.AccountSummary;
import scot.sds.portal.account.Role;
import scot.sds.portal.assessment.AnswerInput;
import scot.sds.portal.assessment.AnswerKind;
import scot.sds.portal.assessment.AssessmentService;
import scot.sds.portal.assessment.Voice;
import scot.sds.portal.support.People;
import scot.sds.portal.support.PortalTest;

/**
 * The indicative budget from a person's own answers under the council's rules: only questions still asked count,
 * an answer withheld counts nothing, and nobody else can see it.
 */
@PortalTest
class BudgetServiceTest {

    @Autowired
    BudgetService budgets;

    @Autowired
    AssessmentService assessments;

    @Autowired
    AccountService accounts;

    @Autowired
    RelationshipService relationships;

    @AfterEach
    void signOut() {
        People.signOut();
    }

    @Test
    void the_budget_follows_the_persons_answers_and_the_councils_rules() {
        People people = new People(accounts, relationships);
        AccountSummary ann = people.account("Ann", Role.PERSON);
        signIn(ann);
        assertThat(budgets.indicate(ann.id()).anyAnswers()).isFalse();

        answer(ann, "personal-care", AnswerInput.of("every-day"));
        answer(ann, "nights", AnswerInput.of("yes"));
        answer(ann, "money", AnswerInput.instead(AnswerKind.RATHER_NOT_SAY));
        answer(ann, "unpaid-carer", AnswerInput.of("yes"));
        answer(ann, "carer-hours", AnswerInput.of("30"));
        // No longer asked once there is no unpaid carer, so the carer's hours stop counting.
        answer(ann, "unpaid-carer", AnswerInput.of("no"));

        IndicativeBudget budget = budgets.indicate(ann.id()).budget();
        // 18 + 15 points at £250 a point: £8,250; option 3 shows 85% to 115%, a direct payment 105% of that.
        assertThat(budget.points()).isEqualTo(33);
        assertThat(budget.reasons()).extracting(Reason::questionId, Reason::points, Reason::counted)
                .containsExactly(
                        tuple("personal-care", 18, true),
                        tuple("money", 0, false),
                        tuple("nights", 15, true));
        assertThat(budget.byOption().get(SupportOption.COUNCIL_ARRANGED))
                .isEqualTo(new BudgetRange(BigDecimal.valueOf(7010), BigDecimal.valueOf(9490)));
        assertThat(budget.byOption().get(SupportOption.DIRECT_PAYMENT))
                .isEqualTo(new BudgetRange(BigDecimal.valueOf(7360), BigDecimal.valueOf(9960)));

        signIn(people.account("Stranger", Role.PERSON));
        assertThatThrownBy(() -> budgets.indicate(ann.id())).isInstanceOf(NotPermittedException.class);
    }

    private void answer(AccountSummary person, String questionId, AnswerInput input) {
        assertThat(assessments.answer(person.id(), questionId, Voice.OWN_WORDS, input).problem()).isEmpty();
    }
}
