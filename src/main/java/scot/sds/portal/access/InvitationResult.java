package scot.sds.portal.access;

import java.util.List;

/** The invitation made, or the problems that stopped it. */
public record InvitationResult(Invitation invitation, List<InvitationProblem> problems) {

    public boolean isMade() {
        return invitation != null;
    }
}
