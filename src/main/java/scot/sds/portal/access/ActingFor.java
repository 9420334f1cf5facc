package scot.sds.portal.access;

import java.util.Set;

/** Someone a helper may act for now, as the "acting for" choice and banner show them. */
public record ActingFor(long personId, String personName, long relationshipId, HelperRole role, Set<Scope> scopes) {}
