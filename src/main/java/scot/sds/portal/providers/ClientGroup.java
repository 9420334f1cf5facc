package scot.sds.portal.providers;

/** Who a service is for. */
public enum ClientGroup {
    OLDER_PEOPLE,
    LEARNING_DISABILITY,
    MENTAL_HEALTH,
    DEMENTIA,
    PHYSICAL_DISABILITY,
    CARERS
}
