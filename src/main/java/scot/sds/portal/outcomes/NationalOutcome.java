package scot.sds.portal.outcomes;

/** The national health and wellbeing outcomes every personal outcome is tagged to. */
public enum NationalOutcome {
    HEALTH,
    WELLBEING,
    SOCIAL_INCLUSION,
    INDEPENDENCE
}
