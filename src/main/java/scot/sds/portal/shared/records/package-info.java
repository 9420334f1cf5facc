/**
 * What each feature holds about a person, gathered for the person's own copy and expired by the retention rules.
 */
package scot.sds.portal.shared.records;
