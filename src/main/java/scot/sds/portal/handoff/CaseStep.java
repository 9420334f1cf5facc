package scot.sds.portal.handoff;

/** What can happen to what a person sent, as their tracker names it in plain words. */
public enum CaseStep {
    RECEIVED(CaseStatus.NEW),
    /** A member of staff has taken it on. */
    ASSIGNED(CaseStatus.BEING_LOOKED_AT);

    private final CaseStatus leadsTo;

    CaseStep(CaseStatus leadsTo) {
        this.leadsTo = leadsTo;
    }

    /** The status the case has after this step. */
    CaseStatus leadsTo() {
        return leadsTo;
    }
}
