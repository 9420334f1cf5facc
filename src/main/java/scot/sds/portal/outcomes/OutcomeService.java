package scot.sds.portal.outcomes;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.sds.portal.access.AccessDecision;
import scot.sds.portal.access.AccessGuard;
import scot.sds.portal.access.Action;
import scot.sds.portal.account.AccountService;
import scot.sds.portal.assessment.Voice;

/**
 * The only way to a person's outcomes: what matters to them, chosen from Talking Points or in their own words,
 * with a priority and how they will know it is working. Every read and write goes through the access check, and
 * an outcome is only ever found among the outcomes of the person named.
 */
@Service
@Transactional
public class OutcomeService {

    /** Long enough for a few paragraphs in anyone's words. */
    public static final int MOST_CHARACTERS = 2000;

    private final AccessGuard guard;
    private final OutcomeRepository outcomes;
    private final TalkingPoints talkingPoints;
    private final AccountService accounts;
    private final Clock clock;

    OutcomeService(AccessGuard guard, OutcomeRepository outcomes, TalkingPoints talkingPoints,
            AccountService accounts, Clock clock) {
        this.guard = guard;
        this.outcomes = outcomes;
        this.talkingPoints = talkingPoints;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The person's outcomes, most important first. */
    @Transactional(readOnly = true)
    public List<PersonalOutcome> outcomesOf(long personId) {
        guard.require(personId, Action.VIEW_RECORD);
        // Stored priorities are names, which sort alphabetically: most important first needs their order here.
        List<Outcome> found = outcomes.findByPersonIdOrderByIdAsc(personId).stream()
                .sorted(Comparator.comparing(Outcome::priority)).toList();
        Set<Long> writers = new HashSet<>();
        found.forEach(outcome -> writers.add(outcome.givenBy()));
        Map<Long, String> names = accounts.displayNames(writers);
        return found.stream().map(outcome -> shown(outcome, names)).toList();
    }

    /** One of the person's outcomes; empty if there is none with that id among theirs. */
    @Transactional(readOnly = true)
    public Optional<PersonalOutcome> outcome(long personId, long outcomeId) {
        return outcomesOf(personId).stream().filter(outcome -> outcome.id() == outcomeId).findFirst();
    }

    /**
     * Adds an outcome ({@code outcomeId} empty) or changes one of the person's own; returns the problems found,
     * none if it was saved. A helper writes in the voice they chose; the person always in their own words.
     */
    public List<OutcomeProblem> save(long personId, Optional<Long> outcomeId, OutcomeDraft draft, Voice voice) {
        AccessDecision decision = guard.require(personId, Action.CHANGE_ANSWERS);
        Optional<TalkingPoint> talkingPoint = Optional.ofNullable(draft.talkingPoint()).map(id -> talkingPoints
                .byId(id).orElseThrow(() -> new IllegalArgumentException("No Talking Points outcome " + id)));
        List<OutcomeProblem> problems = problems(draft, talkingPoint.isPresent());
        if (!problems.isEmpty()) {
            return problems;
        }
        Outcome outcome = outcomeId.map(id -> ownedBy(personId, id)).orElseGet(() -> new Outcome(personId));
        outcome.write(trimmed(draft), talkingPoint.map(point -> Set.copyOf(point.national())).orElse(draft.national()),
                decision.actorId(), decision.actedAs(), decision.helperRole() == null ? Voice.OWN_WORDS : voice,
                clock.instant());
        outcomes.save(outcome);
        return List.of();
    }

    public void remove(long personId, long outcomeId) {
        guard.require(personId, Action.CHANGE_ANSWERS);
        outcomes.delete(ownedBy(personId, outcomeId));
    }

    /** The outcome, if it is the person's: another person's id is refused as if it did not exist. */
    private Outcome ownedBy(long personId, long outcomeId) {
        return outcomes.findById(outcomeId).filter(outcome -> outcome.personId() == personId)
                .orElseThrow(() -> new IllegalArgumentException("No outcome " + outcomeId + " for this person"));
    }

    private static List<OutcomeProblem> problems(OutcomeDraft draft, boolean talkingPoint) {
        List<OutcomeProblem> problems = new ArrayList<>();
        if (!talkingPoint && blank(draft.ownWords())) {
            problems.add(OutcomeProblem.OWN_WORDS_MISSING);
        }
        if (length(draft.ownWords()) > MOST_CHARACTERS || length(draft.howWillIKnow()) > MOST_CHARACTERS) {
            problems.add(OutcomeProblem.TOO_LONG);
        }
        if (draft.priority() == null) {
            problems.add(OutcomeProblem.PRIORITY_MISSING);
        }
        if (!talkingPoint && draft.national().isEmpty()) {
            problems.add(OutcomeProblem.NATIONAL_OUTCOME_MISSING);
        }
        return problems;
    }

    private static OutcomeDraft trimmed(OutcomeDraft draft) {
        return new OutcomeDraft(draft.talkingPoint(), strip(draft.ownWords()), draft.priority(),
                strip(draft.howWillIKnow()), draft.national());
    }

    private PersonalOutcome shown(Outcome outcome, Map<Long, String> names) {
        return new PersonalOutcome(outcome.id(), Optional.ofNullable(outcome.talkingPoint())
                .flatMap(talkingPoints::byId), outcome.ownWords(), outcome.priority(), outcome.howWillIKnow(),
                Set.copyOf(outcome.national()), names.get(outcome.givenBy()),
                AccessDecision.helperRoleOf(outcome.givenAs()), outcome.voice());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static int length(String text) {
        return text == null ? 0 : text.strip().length();
    }

    private static String strip(String text) {
        return blank(text) ? null : text.strip();
    }
}
