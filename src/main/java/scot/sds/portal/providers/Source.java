package scot.sds.portal.providers;

/** Where a service's information comes from. */
public enum Source {
    /** The Care Inspectorate's Datastore: every registered care service, with its grades. */
    CARE_INSPECTORATE,
    /** A community directory published as Open Referral UK (HSDS 3) JSON. */
    OPEN_REFERRAL
}
