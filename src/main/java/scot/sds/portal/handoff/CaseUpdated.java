package scot.sds.portal.handoff;

import java.util.Locale;

/** The council took a step on a person's case; the language is the one they sent it in. */
record CaseUpdated(long personId, Locale language) {}
