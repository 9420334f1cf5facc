/**
 * Sending to the council and the tracker that follows. Its telling of a case's history is shared with the staff's
 * case page, so both sides read the same words.
 */
@NamedInterface("ui")
package scot.sds.portal.handoff.ui;

import org.springframework.modulith.NamedInterface;
