package scot.sds.portal.handoff;

/** What can happen to what a person sent, as their tracker names it in plain words. */
public enum CaseStep {
    RECEIVED(CaseStatus.NEW),
    /** A member of staff has taken it on. */
    ASSIGNED(CaseStatus.BEING_LOOKED_AT),
    /** Staff wrote asking for something they need before they can go on. */
    INFORMATION_REQUESTED(CaseStatus.WAITING_FOR_INFORMATION),
    COUNCIL_WROTE(null),
    /** The person or a helper wrote; if staff were waiting for information, they can go on. */
    PERSON_WROTE(null),
    VISIT_BOOKED(CaseStatus.ASSESSMENT_BOOKED),
    DECIDED(CaseStatus.DECIDED),
    /** The person's needs changed, or their condition comes and goes: it joins this case, not a new referral. */
    CHANGE_REPORTED(null),
    CLOSED(CaseStatus.CLOSED);

    private final CaseStatus leadsTo;

    CaseStep(CaseStatus leadsTo) {
        this.leadsTo = leadsTo;
    }

    /** The status the case has after this step, from the one it had. */
    CaseStatus after(CaseStatus current) {
        if (leadsTo != null) {
            return leadsTo;
        }
        return this == PERSON_WROTE && current == CaseStatus.WAITING_FOR_INFORMATION ? CaseStatus.BEING_LOOKED_AT
                : current;
    }

    /** Whether the step is a message, which only those who may read the person's messages see. */
    public boolean isMessage() {
        return this == INFORMATION_REQUESTED || this == COUNCIL_WROTE || this == PERSON_WROTE;
    }

    /** Whether the council took the step, so the person and their helpers are told there is an update. */
    boolean byCouncil() {
        return this != RECEIVED && this != PERSON_WROTE && this != CHANGE_REPORTED;
    }
}
