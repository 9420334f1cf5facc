/** The council assessment staff's workspace: referrals received and the decisions only staff make. */
package scot.sds.portal.staff;
