package scot.sds.portal.access;

import java.util.Set;

/** The rule for a helper: an active relationship whose scope covers the action, and never managing helpers. */
final class AccessRules {

    private AccessRules() {}

    /** Whether a helper whose relationship has this status and scope may take the action, and why not. */
    static String refusal(RelationshipStatus status, Set<Scope> scopes, Action action) {
        if (action.requiredScope() == null) {
            return AccessDecision.ONLY_THE_PERSON;
        }
        if (status != RelationshipStatus.ACTIVE) {
            return "relationship-" + status.name().toLowerCase(java.util.Locale.ROOT);
        }
        return scopes.contains(action.requiredScope()) ? null : AccessDecision.OUT_OF_SCOPE;
    }
}
