package scot.sds.portal.handoff;

/** A case as staff open it: where it is, and everything the person sent with what has happened since. */
public record StaffCase(CaseSummary summary, SentSubmission sent) {}
