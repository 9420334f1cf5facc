package scot.sds.portal.access;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a person grants a helper, or what a registered legal authority gives them.
 *
 * @param legalReference the Office of the Public Guardian's reference, for a legal authority
 * @param legalRegistered when the legal authority was registered
 * @param legalExpires when the legal authority ends, if it does
 * @param starts the first day the helper may act
 * @param ends the last day the helper may act, if there is one
 * @param reviewBy when the person should look at this relationship again
 * @param organisation an advocate's organisation
 * @param providerLink any link an advocate has to a care provider (a possible conflict of interest)
 */
public record RelationshipTerms(HelperRole role, LegalBasis legalBasis, String legalReference,
        LocalDate legalRegistered, LocalDate legalExpires, Set<Scope> scopes, LocalDate starts, LocalDate ends,
        LocalDate reviewBy, String organisation, String providerLink) {

    public RelationshipTerms {
        // Nobody can answer or submit what they cannot see.
        Set<Scope> withView = EnumSet.of(Scope.VIEW);
        withView.addAll(scopes);
        scopes = Set.copyOf(withView);
        legalReference = nullIfBlank(legalReference);
        organisation = nullIfBlank(organisation);
        providerLink = nullIfBlank(providerLink);
    }

    private static String nullIfBlank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The person's consent to a helper, from today, with no end date. */
    public static RelationshipTerms consent(HelperRole role, Set<Scope> scopes, LocalDate starts) {
        return new RelationshipTerms(role, LegalBasis.CONSENT, null, null, null, scopes, starts, null, null, null,
                null);
    }
}
