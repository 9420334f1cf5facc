/**
 * The person's rights over what the portal holds about them: a copy of everything, for a computer and to read,
 * for the person or for council staff on their behalf; and the council's retention rules, applied every night.
 */
package scot.sds.portal.records;
