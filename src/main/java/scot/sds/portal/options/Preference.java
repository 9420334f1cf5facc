package scot.sds.portal.options;

/** The option a person leans towards for now, never binding; deciding later is as valid as any option. */
public enum Preference {
    OPTION_1,
    OPTION_2,
    OPTION_3,
    OPTION_4,
    DECIDE_LATER
}
