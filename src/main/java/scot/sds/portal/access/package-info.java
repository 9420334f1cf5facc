/**
 * Who may act for whom: carers, family, attorneys, guardians, appointees and advocates, each with their own
 * account and a scoped, time-limited relationship the person (or a verified legal authority) grants; the one
 * check every read and write of a person's data goes through; and the record of who did what.
 */
package scot.sds.portal.access;
