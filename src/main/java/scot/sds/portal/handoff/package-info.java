/** Checking answers, consenting and sending everything to the council; the tracker that follows. */
package scot.sds.portal.handoff;
