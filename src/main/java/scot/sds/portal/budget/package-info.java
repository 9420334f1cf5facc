/**
 * The indicative budget: an approximate range from the council's resource allocation rules, with the answers that
 * drove it. Never a decision: the council's assessment decides.
 */
package scot.sds.portal.budget;
