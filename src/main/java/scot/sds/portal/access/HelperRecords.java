package scot.sds.portal.access;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import scot.sds.portal.shared.records.QueriedRecords;

/**
 * The people who help the person or were invited to, and the people the person helps, with each relationship's
 * terms; erasing removes the person's own helpers (their scopes go with them, ON DELETE CASCADE) and their
 * certificates, not what others asked of the person.
 */
@Component
class HelperRecords extends QueriedRecords {

    private final EvidenceStore evidence;

    HelperRecords(JdbcClient jdbc, EvidenceStore evidence) {
        super(jdbc, "helpers", new Queries("""
                SELECT p.display_name AS person, COALESCE(h.display_name, r.invited_email) AS helper,
                       r.helper_role AS helperRole, r.legal_basis AS legalBasis, r.legal_reference AS legalReference,
                       r.legal_registered AS legalRegistered, r.legal_expires AS legalExpires, r.starts, r.ends,
                       r.review_by AS reviewBy, r.status, r.organisation,
                       (SELECT GROUP_CONCAT(s.scope ORDER BY s.scope SEPARATOR ', ')
                        FROM relationship_scope s WHERE s.relationship_id = r.id) AS scopes,
                       r.evidence_type AS certificate
                FROM relationship r JOIN account p ON p.id = r.person_id LEFT JOIN account h ON h.id = r.helper_id
                WHERE r.person_id = :id OR r.helper_id = :id ORDER BY r.id""",
                "SELECT person_id FROM relationship",
                "SELECT CAST(MAX(starts) AS DATETIME) FROM relationship WHERE person_id = :id",
                List.of("DELETE FROM relationship WHERE person_id = :id")));
        this.evidence = evidence;
    }

    @Override
    public void erase(long personId) {
        jdbc().sql("SELECT evidence_id FROM relationship WHERE person_id = ? AND evidence_id IS NOT NULL")
                .param(personId).query(String.class).list().forEach(evidence::delete);
        super.erase(personId);
    }
}
