/** The four Self-directed Support options compared for this person, with an honest indicative budget. */
package scot.sds.portal.options;
