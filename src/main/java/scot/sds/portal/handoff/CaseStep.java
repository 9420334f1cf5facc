package scot.sds.portal.handoff;

/** What can happen to what a person sent, as their tracker names it in plain words. */
public enum CaseStep {
    RECEIVED
}
