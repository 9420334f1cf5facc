package scot.sds.portal.options;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.sds.portal.access.AccessDecision;
import scot.sds.portal.access.AccessGuard;
import scot.sds.portal.access.Action;
import scot.sds.portal.budget.BudgetService;
import scot.sds.portal.budget.IndicativeBudget;
import tools.jackson.databind.json.JsonMapper;

/**
 * The person's preference among the options, with their reasons and the indicative budget worked out when they
 * chose, kept for the council. Through the access check, like every read and write of a person's data.
 */
@Service
@Transactional
public class OptionPreferenceService {

    /** Long enough for a few paragraphs of reasons. */
    public static final int MOST_CHARACTERS = 2000;

    private final AccessGuard guard;
    private final OptionPreferenceRepository preferences;
    private final BudgetService budgets;
    private final Clock clock;

    OptionPreferenceService(AccessGuard guard, OptionPreferenceRepository preferences, BudgetService budgets,
            Clock clock) {
        this.guard = guard;
        this.preferences = preferences;
        this.budgets = budgets;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<ChosenOption> current(long personId) {
        guard.require(personId, Action.VIEW_RECORD);
        return preferences.findByPersonId(personId)
                .map(saved -> new ChosenOption(saved.preference(), saved.reasons(), saved.budgetShown()));
    }

    /** Saves the preference; reasons are optional and trimmed; too long a text is refused. */
    public void choose(long personId, Preference preference, String reasons) {
        AccessDecision decision = guard.require(personId, Action.CHANGE_ANSWERS);
        if (preference == null) {
            throw new IllegalArgumentException("A preference is needed; deciding later is one");
        }
        String trimmed = reasons == null || reasons.isBlank() ? null : reasons.strip();
        if (trimmed != null && trimmed.length() > MOST_CHARACTERS) {
            throw new IllegalArgumentException("Reasons are longer than " + MOST_CHARACTERS + " characters");
        }
        IndicativeBudget budget = budgets.indicate(personId).budget();
        String shown = JsonMapper.shared().writeValueAsString(Map.of("rulesVersion", budget.rulesVersion(),
                "points", budget.points(), "byOption", budget.byOption(), "capped", budget.capped()));
        OptionPreference saved = preferences.findByPersonId(personId).orElseGet(() -> new OptionPreference(personId));
        saved.choose(preference, trimmed, shown, decision.actorId(), decision.actedAs(), clock.instant());
        preferences.save(saved);
    }
}
