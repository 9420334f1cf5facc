/** Limits on how often a client may try something, such as signing in or redeeming an invitation code. */
package scot.sds.portal.shared.limits;
