package scot.sds.portal.options;

import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.sds.portal.access.AccessDecision;
import scot.sds.portal.access.AccessGuard;
import scot.sds.portal.access.Action;
import scot.sds.portal.budget.BudgetService;
import scot.sds.portal.budget.IndicativeBudget;
import scot.sds.portal.budget.SupportOption;
import tools.jackson.databind.json.JsonMapper;

/**
 * The person's preference among the options, with their reasons, how they split option 4, and the indicative
 * budget worked out when they chose, kept for the council. Through the access check, like every read and write of
 * a person's data.
 */
@Service
@Transactional
public class OptionPreferenceService {

    /** Long enough for a few paragraphs of reasons. */
    public static final int MOST_CHARACTERS = 2000;

    private static final JsonMapper JSON = JsonMapper.shared();

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
        return preferences.findByPersonId(personId).map(saved -> new ChosenOption(saved.preference(),
                saved.reasons(), JSON.readValue(saved.budgetShown(), IndicativeBudget.class),
                saved.mix() == null ? null : JSON.readValue(saved.mix(), Mix.class)));
    }

    /**
     * Saves the preference; reasons are optional and trimmed; too long a text is refused. A mix already built is
     * kept while option 4 stays the preference.
     */
    public void choose(long personId, Preference preference, String reasons) {
        AccessDecision decision = guard.require(personId, Action.CHANGE_ANSWERS);
        if (preference == null) {
            throw new IllegalArgumentException("A preference is needed; deciding later is one");
        }
        String trimmed = reasons == null || reasons.isBlank() ? null : reasons.strip();
        if (trimmed != null && trimmed.length() > MOST_CHARACTERS) {
            throw new IllegalArgumentException("Reasons are longer than " + MOST_CHARACTERS + " characters");
        }
        OptionPreference saved = preferences.findByPersonId(personId).orElseGet(() -> new OptionPreference(personId));
        String mix = preference == Preference.OPTION_4 ? saved.mix() : null;
        save(saved, decision, preference, trimmed, budgets.indicate(personId).budget(), mix);
    }

    /** How a mix fits the person's indicative budget for option 4. */
    @Transactional(readOnly = true)
    public MixCheck checkMix(long personId, Mix mix) {
        guard.require(personId, Action.VIEW_RECORD);
        return MixCheck.of(mix, budgets.indicate(personId).budget().byOption().get(SupportOption.MIX));
    }

    /** Makes option 4, split this way, the preference; a mix that does not fit the budget is refused. */
    public void chooseMix(long personId, Mix mix) {
        AccessDecision decision = guard.require(personId, Action.CHANGE_ANSWERS);
        IndicativeBudget budget = budgets.indicate(personId).budget();
        MixCheck check = MixCheck.of(mix, budget.byOption().get(SupportOption.MIX));
        if (!check.fits()) {
            throw new IllegalArgumentException("The mix does not fit the indicative budget: " + check.problems());
        }
        OptionPreference saved = preferences.findByPersonId(personId).orElseGet(() -> new OptionPreference(personId));
        save(saved, decision, Preference.OPTION_4, saved.reasons(), budget, JSON.writeValueAsString(mix));
    }

    private void save(OptionPreference saved, AccessDecision decision, Preference preference, String reasons,
            IndicativeBudget budget, String mix) {
        saved.choose(preference, reasons, JSON.writeValueAsString(budget), mix, decision.actorId(),
                decision.actedAs(), clock.instant());
        preferences.save(saved);
    }
}
