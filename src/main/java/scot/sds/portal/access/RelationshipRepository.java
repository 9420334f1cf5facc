package scot.sds.portal.access;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RelationshipRepository extends JpaRepository<Relationship, Long> {

    List<Relationship> findByPersonIdOrderByIdAsc(long personId);

    List<Relationship> findByHelperIdOrderByIdAsc(long helperId);

    List<Relationship> findByPersonIdAndHelperId(long personId, long helperId);

    Optional<Relationship> findByInvitationCodeHash(String invitationCodeHash);
}
