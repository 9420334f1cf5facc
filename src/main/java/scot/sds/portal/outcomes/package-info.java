/** Personal outcomes: what matters to the person, tagged to Talking Points and the national outcomes. */
package scot.sds.portal.outcomes;
