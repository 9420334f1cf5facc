package scot.sds.portal.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static scot.sds.portal.support.People.signIn;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import scot.sds.portal.access.NotPermittedException;
import scot.sds.portal.access.RelationshipService;
import scot.sds.portal.account.AccountService;
import scot.sds.portal.account.AccountSummary;
import scot.sds.portal.account.Role;
import scot.sds.portal.assessment.AnswerInput;
import scot.sds.portal.assessment.AssessmentService;
import scot.sds.portal.assessment.Voice;
import scot.sds.portal.budget.BudgetRange;
import scot.sds.portal.budget.Reason;
import scot.sds.portal.budget.SupportOption;
import scot.sds.portal.support.People;
import scot.sds.portal.support.PortalTest;

/**
 * The preference is kept with the person's reasons and the budget they saw; "decide later" is kept like any
 * option; a mix for option 4 must fit the budget; and nobody else reads, checks or changes it.
 */
@PortalTest
class OptionPreferenceServiceTest {

    @Autowired
    OptionPreferenceService preferences;

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
    void the_preference_keeps_its_reasons_and_the_budget_shown_and_is_the_persons_alone() {
        People people = new People(accounts, relationships);
        AccountSummary ann = people.account("Ann", Role.PERSON);
        signIn(ann);
        assertThat(preferences.current(ann.id())).isEmpty();
        assessments.answer(ann.id(), "personal-care", Voice.OWN_WORDS, AnswerInput.of("every-day"));

        preferences.choose(ann.id(), Preference.OPTION_2, "  I want to choose, not to employ anyone ");
        ChosenOption chosen = preferences.current(ann.id()).orElseThrow();
        assertThat(chosen.preference()).isEqualTo(Preference.OPTION_2);
        assertThat(chosen.reasons()).isEqualTo("I want to choose, not to employ anyone");
        // 18 points at £250: option 2 shows £3,830 to £5,180.
        assertThat(chosen.budgetShown().points()).isEqualTo(18);
        assertThat(chosen.budgetShown().byOption().get(SupportOption.INDIVIDUAL_SERVICE_FUND))
                .isEqualTo(new BudgetRange(pounds(3830), pounds(5180)));
        assertThat(chosen.budgetShown().reasons()).extracting(Reason::questionId).containsExactly("personal-care");
        assertThat(chosen.mix()).isNull();

        preferences.choose(ann.id(), Preference.DECIDE_LATER, " ");
        assertThat(preferences.current(ann.id())).hasValueSatisfying(later -> {
            assertThat(later.preference()).isEqualTo(Preference.DECIDE_LATER);
            assertThat(later.reasons()).isNull();
        });
        assertThatThrownBy(() -> preferences.choose(ann.id(), null, null))
                .isInstanceOf(IllegalArgumentException.class);

        signIn(people.account("Stranger", Role.PERSON));
        assertThatThrownBy(() -> preferences.current(ann.id())).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> preferences.choose(ann.id(), Preference.OPTION_3, null))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void a_mix_must_add_up_to_the_range_for_option_4_in_two_options_at_least() {
        People people = new People(accounts, relationships);
        AccountSummary bea = people.account("Bea", Role.PERSON);
        signIn(bea);
        // 18 points at £250 make £4,500; a mix at 100% gives £3,830 to £5,180.
        assessments.answer(bea.id(), "personal-care", Voice.OWN_WORDS, AnswerInput.of("every-day"));

        MixCheck tooLittle = preferences.checkMix(bea.id(), mix(1000, 0, 2000));
        assertThat(tooLittle.total()).isEqualByComparingTo("3000");
        assertThat(tooLittle.range()).isEqualTo(new BudgetRange(pounds(3830), pounds(5180)));
        assertThat(tooLittle.problems()).containsExactly(MixCheck.Problem.BELOW_RANGE);
        assertThat(preferences.checkMix(bea.id(), mix(3000, 2181, 0)).problems())
                .containsExactly(MixCheck.Problem.ABOVE_RANGE);
        assertThat(preferences.checkMix(bea.id(), mix(4000, 0, 0)).problems())
                .containsExactly(MixCheck.Problem.FEWER_THAN_TWO_PARTS);
        assertThat(preferences.checkMix(bea.id(), mix(3830, 0, 0)).problems())
                .containsExactly(MixCheck.Problem.FEWER_THAN_TWO_PARTS);
        assertThat(preferences.checkMix(bea.id(), mix(3000, 0, 830)).fits()).isTrue();
        assertThat(preferences.checkMix(bea.id(), mix(3000, 2180, 0)).fits()).isTrue();
        assertThatThrownBy(() -> preferences.chooseMix(bea.id(), mix(1000, 0, 2000)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> mix(-1, 2000, 2000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Mix(Map.of(SupportOption.MIX, pounds(4000))))
                .isInstanceOf(IllegalArgumentException.class);

        preferences.choose(bea.id(), Preference.OPTION_1, "Because");
        preferences.chooseMix(bea.id(), mix(3000, 0, 1500));
        ChosenOption mixed = preferences.current(bea.id()).orElseThrow();
        assertThat(mixed.preference()).isEqualTo(Preference.OPTION_4);
        assertThat(mixed.reasons()).isEqualTo("Because");
        assertThat(mixed.mix()).isEqualTo(mix(3000, 0, 1500));
        preferences.choose(bea.id(), Preference.OPTION_4, "Mixing");
        assertThat(preferences.current(bea.id()).orElseThrow().mix()).isEqualTo(mix(3000, 0, 1500));
        preferences.choose(bea.id(), Preference.DECIDE_LATER, null);
        assertThat(preferences.current(bea.id()).orElseThrow().mix()).isNull();

        signIn(people.account("Stranger", Role.PERSON));
        assertThatThrownBy(() -> preferences.checkMix(bea.id(), mix(3000, 0, 1500)))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> preferences.chooseMix(bea.id(), mix(3000, 0, 1500)))
                .isInstanceOf(NotPermittedException.class);
    }

    private static Mix mix(int directPayment, int serviceFund, int councilArranged) {
        return new Mix(Map.of(SupportOption.DIRECT_PAYMENT, pounds(directPayment),
                SupportOption.INDIVIDUAL_SERVICE_FUND, pounds(serviceFund), SupportOption.COUNCIL_ARRANGED,
                pounds(councilArranged)));
    }

    private static BigDecimal pounds(int amount) {
        return BigDecimal.valueOf(amount);
    }
}
