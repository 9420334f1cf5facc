package scot.sds.portal.access;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RelationshipRepository extends JpaRepository<Relationship, Long> {

    List<Relationship> findByPersonIdOrderByIdAsc(long personId);

    List<Relationship> findByHelperIdOrderByIdAsc(long helperId);

    List<Relationship> findByPersonIdAndHelperId(long personId, long helperId);

    Optional<Relationship> findByInvitationCodeHash(String invitationCodeHash);

    /** Accepted relationships still pending on a legal basis other than consent: waiting for staff to check. */
    List<Relationship> findByStatusAndHelperIdIsNotNullAndLegalBasisNotOrderByIdAsc(RelationshipStatus status,
            LegalBasis basis);
}
