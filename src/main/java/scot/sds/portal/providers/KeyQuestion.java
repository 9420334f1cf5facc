package scot.sds.portal.providers;

/**
 * The Care Inspectorate's key questions, each graded 1 (unsatisfactory) to 6 (excellent). Older files grade
 * quality themes instead; each is read as the key question that replaced it.
 */
public enum KeyQuestion {
    WELLBEING,
    CARE_PLANNING,
    SETTING,
    STAFF_TEAM,
    LEADERSHIP
}
