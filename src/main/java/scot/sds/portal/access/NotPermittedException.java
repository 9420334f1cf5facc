package scot.sds.portal.access;

/** Thrown when the access check refuses; pages show a plain message, never the details. */
public class NotPermittedException extends RuntimeException {

    private final AccessDecision decision;

    NotPermittedException(AccessDecision decision) {
        super("Refused " + decision.action() + " on person " + decision.personId() + " for actor "
                + decision.actorId() + ": " + decision.reason());
        this.decision = decision;
    }

    public AccessDecision decision() {
        return decision;
    }
}
