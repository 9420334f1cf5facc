package scot.sds.portal.access;

import java.time.LocalDate;
import java.util.Set;

/**
 * A relationship as pages show it; its status is as of the day it was read.
 *
 * @param helperName the helper's name once they have accepted, otherwise {@code null}
 */
public record RelationshipSummary(long id, long personId, Long helperId, String helperName, HelperRole role,
        LegalBasis legalBasis,
        String legalReference, LocalDate legalExpires, Set<Scope> scopes, LocalDate starts, LocalDate ends,
        LocalDate reviewBy, RelationshipStatus status, String invitedEmail, String organisation,
        String providerLink) {}
