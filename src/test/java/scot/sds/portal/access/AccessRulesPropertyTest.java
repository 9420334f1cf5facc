package scot.sds.portal.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Walks role × legal basis × scope × status × action × dates: a helper is allowed exactly when the relationship
 * is active on that day and its scope covers the action, and never to manage the person's helpers.
 */
class AccessRulesPropertyTest {

    @Property(tries = 2000)
    void a_helper_is_allowed_only_with_an_active_relationship_whose_scope_covers_the_action(
            @ForAll HelperRole role, @ForAll LegalBasis basis, @ForAll("scopes") Set<Scope> scopes,
            @ForAll RelationshipStatus status, @ForAll Action action) {
        String refusal = AccessRules.refusal(status, scopes, action);

        boolean expected = status == RelationshipStatus.ACTIVE && action != Action.MANAGE_HELPERS
                && scopes.contains(action.requiredScope());
        assertThat(refusal == null).as("%s %s %s %s %s", role, basis, scopes, status, action).isEqualTo(expected);
    }

    @Property(tries = 2000)
    void an_active_relationship_counts_only_between_its_start_and_its_end_and_its_authoritys_expiry(
            @ForAll LegalBasis basis, @ForAll @IntRange(min = -400, max = 400) int startOffset,
            @ForAll @IntRange(min = -400, max = 400) int endOffset,
            @ForAll @IntRange(min = -400, max = 400) int authorityOffset, @ForAll boolean hasEnd,
            @ForAll boolean authorityExpires) {
        LocalDate today = LocalDate.of(2026, 11, 24);
        LocalDate starts = today.plusDays(startOffset);
        LocalDate ends = hasEnd ? starts.plusDays(Math.abs(endOffset)) : null;
        LocalDate authorityEnds = authorityExpires ? today.plusDays(authorityOffset) : null;
        Relationship relationship = acceptedAndChecked(basis, starts, ends, authorityEnds);

        RelationshipStatus status = relationship.statusOn(today);

        boolean afterEnd = ends != null && today.isAfter(ends);
        boolean authorityEnded = basis.isLegalAuthority() && authorityEnds != null && today.isAfter(authorityEnds);
        if (afterEnd || authorityEnded) {
            assertThat(status).isEqualTo(RelationshipStatus.EXPIRED);
        } else if (today.isBefore(starts)) {
            assertThat(status).isEqualTo(RelationshipStatus.PENDING);
        } else {
            assertThat(status).isEqualTo(RelationshipStatus.ACTIVE);
        }
    }

    @Property(tries = 500)
    void a_revoked_relationship_never_allows_anything(@ForAll("scopes") Set<Scope> scopes, @ForAll Action action) {
        Relationship relationship = acceptedAndChecked(LegalBasis.CONSENT, LocalDate.of(2026, 1, 1), null, null);
        relationship.revoke();

        assertThat(AccessRules.refusal(relationship.statusOn(LocalDate.of(2026, 11, 24)), scopes, action))
                .isNotNull();
    }

    @Provide
    Arbitrary<Set<Scope>> scopes() {
        return Arbitraries.of(Scope.class).set();
    }

    private static Relationship acceptedAndChecked(LegalBasis basis, LocalDate starts, LocalDate ends,
            LocalDate authorityEnds) {
        RelationshipTerms terms = new RelationshipTerms(HelperRole.CARER, basis, "PG/2026/1", starts, authorityEnds,
                Set.of(Scope.VIEW), starts, ends, null, null, null);
        java.time.Instant now = java.time.Instant.parse("2026-11-24T10:00:00Z");
        Relationship relationship = Relationship.invite(1, terms, null, "hash", now.plusSeconds(60));
        relationship.accept(2, now, null);
        if (basis.isLegalAuthority()) {
            relationship.verifyLegalAuthority(3);
        }
        return relationship;
    }
}
