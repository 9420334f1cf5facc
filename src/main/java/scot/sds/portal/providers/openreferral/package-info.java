/**
 * The directory of services as an Open Referral UK (HSDS 3.0) API, read-only and public, so other directories can
 * read what the portal holds. It holds nothing about people.
 */
package scot.sds.portal.providers.openreferral;
