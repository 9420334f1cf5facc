package scot.sds.portal.options;

/**
 * A person's preference as pages show it.
 *
 * @param budgetShown the indicative budget they saw when choosing, as recorded
 */
public record ChosenOption(Preference preference, String reasons, String budgetShown) {}
