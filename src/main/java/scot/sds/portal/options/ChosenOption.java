package scot.sds.portal.options;

import scot.sds.portal.budget.IndicativeBudget;

/**
 * A person's preference as pages show it and the council receives it.
 *
 * @param reasons in their words, or {@code null}
 * @param budgetShown the indicative budget worked out when they chose, as they saw it
 * @param mix how they split option 4, or {@code null} when that is not their preference
 */
public record ChosenOption(Preference preference, String reasons, IndicativeBudget budgetShown, Mix mix) {}
