package scot.sds.portal.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static scot.sds.portal.support.People.signIn;

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
import scot.sds.portal.support.People;
import scot.sds.portal.support.PortalTest;

/**
 * The preference is kept with the person's reasons and the budget they saw; "decide later" is kept like any
 * option; and nobody else reads or changes it.
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
        assertThat(chosen.budgetShown()).contains("\"points\":18").contains("3830").contains("5180");

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
}
