package scot.sds.portal.providers;

/** What a person says is wrong with a service's information. */
public enum WhatIsWrong {
    /** The service has closed or no longer offers this. */
    CLOSED,
    CONTACT_DETAILS,
    /** Where it is, or the places it covers. */
    PLACE,
    /** Who it is for, or what it does. */
    WHAT_IT_OFFERS,
    /** Whether it takes direct payments or holds individual service funds. */
    PAYMENT,
    OTHER
}
