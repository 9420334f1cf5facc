/** What the portal's JSON APIs share: their refusals of bad requests, as problem details. */
package scot.sds.portal.shared.api;
