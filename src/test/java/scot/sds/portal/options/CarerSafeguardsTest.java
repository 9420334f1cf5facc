package scot.sds.portal.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static scot.sds.portal.support.People.consent;
import static scot.sds.portal.support.People.signIn;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import scot.sds.portal.access.HelperRole;
import scot.sds.portal.access.NotPermittedException;
import scot.sds.portal.access.RelationshipService;
import scot.sds.portal.access.Scope;
import scot.sds.portal.account.AccountService;
import scot.sds.portal.account.AccountSummary;
import scot.sds.portal.account.Role;
import scot.sds.portal.assessment.AnswerInput;
import scot.sds.portal.assessment.AssessmentService;
import scot.sds.portal.assessment.Voice;
import scot.sds.portal.support.People;
import scot.sds.portal.support.PortalTest;

/** The safeguards for carers show when a carer uses the portal for the person or their answers name a carer. */
@PortalTest
class CarerSafeguardsTest {

    @Autowired
    CarerSafeguards safeguards;

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
    void they_apply_when_the_answers_name_a_carer_or_a_carer_is_acting() {
        People people = new People(accounts, relationships);
        AccountSummary ann = people.account("Ann", Role.PERSON);
        AccountSummary carl = people.account("Carl", Role.PERSON);
        AccountSummary fiona = people.account("Fiona", Role.PERSON);
        signIn(ann);
        assertThat(safeguards.apply(ann.id())).isFalse();
        assessments.answer(ann.id(), "unpaid-carer", Voice.OWN_WORDS, AnswerInput.of("no"));
        assertThat(safeguards.apply(ann.id())).isFalse();
        assessments.answer(ann.id(), "unpaid-carer", Voice.OWN_WORDS, AnswerInput.of("yes"));
        assertThat(safeguards.apply(ann.id())).isTrue();

        AccountSummary bob = people.account("Bob", Role.PERSON);
        people.helps(carl, bob, consent(HelperRole.CARER, Scope.ANSWER));
        people.helps(fiona, bob, consent(HelperRole.FAMILY, Scope.ANSWER));
        signIn(bob);
        assertThat(safeguards.apply(bob.id())).isFalse();
        signIn(fiona);
        assertThat(safeguards.apply(bob.id())).isFalse();
        signIn(carl);
        assertThat(safeguards.apply(bob.id())).isTrue();

        assertThatThrownBy(() -> safeguards.apply(ann.id())).isInstanceOf(NotPermittedException.class);
    }
}
