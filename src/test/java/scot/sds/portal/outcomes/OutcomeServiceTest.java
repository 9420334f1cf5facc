package scot.sds.portal.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static scot.sds.portal.support.People.consent;
import static scot.sds.portal.support.People.signIn;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import scot.sds.portal.access.HelperRole;
import scot.sds.portal.access.NotPermittedException;
import scot.sds.portal.access.RelationshipService;
import scot.sds.portal.access.Scope;
import scot.sds.portal.account.AccountService;
import scot.sds.portal.account.AccountSummary;
import scot.sds.portal.account.Role;
import scot.sds.portal.assessment.Voice;
import scot.sds.portal.support.People;
import scot.sds.portal.support.PortalTest;

/**
 * Outcomes are saved with their priority, national outcomes and writer; an outcome in the person's own words
 * needs its words and its national outcomes; and nobody reaches another person's outcomes, not even by its id.
 */
@PortalTest
class OutcomeServiceTest {

    @Autowired
    OutcomeService outcomes;

    @Autowired
    TalkingPoints talkingPoints;

    @Autowired
    AccountService accounts;

    @Autowired
    RelationshipService relationships;

    private People people;
    private AccountSummary ann;

    @BeforeEach
    void people() {
        people = new People(accounts, relationships);
        ann = people.account("Ann", Role.PERSON);
    }

    @AfterEach
    void signOut() {
        People.signOut();
    }

    @Test
    void the_talking_points_and_the_carers_set_come_from_the_councils_file() {
        assertThat(talkingPoints.inGroup(OutcomeGroup.QUALITY_OF_LIFE)).extracting(TalkingPoint::id)
                .containsExactly("feeling-safe", "having-things-to-do", "seeing-people", "staying-well",
                        "living-as-i-want", "dealing-with-stigma");
        assertThat(talkingPoints.inGroup(OutcomeGroup.PROCESS)).hasSize(5);
        assertThat(talkingPoints.inGroup(OutcomeGroup.CHANGE)).hasSize(4);
        assertThat(talkingPoints.inGroup(OutcomeGroup.CARER)).extracting(TalkingPoint::id)
                .contains("carer-health", "life-of-my-own", "choice-in-caring", "informed-and-equipped");
        assertThat(talkingPoints.all()).allSatisfy(point -> assertThat(point.national()).isNotEmpty());
    }

    @Test
    void outcomes_keep_their_words_priority_and_national_outcomes_most_important_first() {
        signIn(ann);
        assertThat(outcomes.save(ann.id(), Optional.empty(), new OutcomeDraft("seeing-people",
                "  Tea with my sister on Fridays ", Priority.IMPORTANT, "I see her every week", Set.of()),
                Voice.OWN_WORDS)).isEmpty();
        assertThat(outcomes.save(ann.id(), Optional.empty(), new OutcomeDraft(null, "Back to the allotment",
                Priority.VERY_IMPORTANT, " ", Set.of(NationalOutcome.HEALTH, NationalOutcome.WELLBEING)),
                Voice.OWN_WORDS)).isEmpty();

        var mine = outcomes.outcomesOf(ann.id());
        assertThat(mine).extracting(PersonalOutcome::ownWords)
                .containsExactly("Back to the allotment", "Tea with my sister on Fridays");
        assertThat(mine.getFirst().talkingPoint()).isEmpty();
        assertThat(mine.getFirst().howWillIKnow()).isNull();
        assertThat(mine.getLast().national()).containsExactlyInAnyOrder(NationalOutcome.SOCIAL_INCLUSION,
                NationalOutcome.WELLBEING);
        assertThat(mine.getLast().givenByName()).isEqualTo("Ann");
        assertThat(mine.getLast().givenAs()).isNull();

        long id = mine.getLast().id();
        outcomes.save(ann.id(), Optional.of(id), new OutcomeDraft("seeing-people", "Tea and a walk",
                Priority.QUITE_IMPORTANT, null, Set.of()), Voice.OWN_WORDS);
        assertThat(outcomes.outcome(ann.id(), id)).hasValueSatisfying(changed -> {
            assertThat(changed.ownWords()).isEqualTo("Tea and a walk");
            assertThat(changed.priority()).isEqualTo(Priority.QUITE_IMPORTANT);
        });
        outcomes.remove(ann.id(), id);
        assertThat(outcomes.outcomesOf(ann.id())).hasSize(1);
    }

    @Test
    void an_outcome_in_own_words_needs_the_words_a_priority_and_what_it_helps_with() {
        signIn(ann);
        assertThat(outcomes.save(ann.id(), Optional.empty(), new OutcomeDraft(null, " ", null, null, Set.of()),
                Voice.OWN_WORDS)).containsExactly(OutcomeProblem.OWN_WORDS_MISSING, OutcomeProblem.PRIORITY_MISSING,
                        OutcomeProblem.NATIONAL_OUTCOME_MISSING);
        assertThat(outcomes.save(ann.id(), Optional.empty(), new OutcomeDraft("feeling-safe",
                "x".repeat(OutcomeService.MOST_CHARACTERS + 1), Priority.IMPORTANT, null, Set.of()),
                Voice.OWN_WORDS)).containsExactly(OutcomeProblem.TOO_LONG);
        assertThat(outcomes.outcomesOf(ann.id())).isEmpty();
        assertThatThrownBy(() -> outcomes.save(ann.id(), Optional.empty(), new OutcomeDraft("made-up", null,
                Priority.IMPORTANT, null, Set.of()), Voice.OWN_WORDS)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_carers_own_outcome_is_recorded_as_theirs_and_nobody_else_reaches_the_persons_outcomes() {
        AccountSummary colin = people.account("Colin", Role.CARER);
        AccountSummary stranger = people.account("Stranger", Role.PERSON);
        people.helps(colin, ann, consent(HelperRole.CARER, Scope.ANSWER));
        signIn(colin);
        outcomes.save(ann.id(), Optional.empty(), new OutcomeDraft("life-of-my-own", "Back to my choir",
                Priority.IMPORTANT, null, Set.of()), Voice.HELPER_VIEW);
        PersonalOutcome carers = outcomes.outcomesOf(ann.id()).getFirst();
        assertThat(carers.forCarer()).isTrue();
        assertThat(carers.givenAs()).isEqualTo(HelperRole.CARER);
        assertThat(carers.voice()).isEqualTo(Voice.HELPER_VIEW);

        signIn(stranger);
        long strangersOwn = savedOwnOutcome(stranger);
        assertThatThrownBy(() -> outcomes.outcomesOf(ann.id())).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> outcomes.remove(ann.id(), carers.id())).isInstanceOf(NotPermittedException.class);
        // Their own person id with someone else's outcome id does not reach it either.
        assertThatThrownBy(() -> outcomes.remove(stranger.id(), carers.id()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> outcomes.save(stranger.id(), Optional.of(carers.id()), new OutcomeDraft(
                "feeling-safe", "Mine now", Priority.IMPORTANT, null, Set.of()), Voice.OWN_WORDS))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(outcomes.outcome(stranger.id(), carers.id())).isEmpty();
        assertThat(outcomes.outcome(stranger.id(), strangersOwn)).isPresent();

        signIn(ann);
        assertThat(outcomes.outcomesOf(ann.id())).singleElement().satisfies(outcome ->
                assertThat(outcome.ownWords()).isEqualTo("Back to my choir"));
    }

    private long savedOwnOutcome(AccountSummary person) {
        outcomes.save(person.id(), Optional.empty(), new OutcomeDraft("reliability", null, Priority.IMPORTANT, null,
                Set.of()), Voice.OWN_WORDS);
        return outcomes.outcomesOf(person.id()).getFirst().id();
    }
}
