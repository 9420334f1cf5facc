package scot.sds.portal.handoff;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SubmissionRepository extends JpaRepository<Submission, Long> {

    Optional<Submission> findFirstByPersonIdOrderByVersionDesc(long personId);

    boolean existsByPersonId(long personId);

    boolean existsByReference(String reference);

    Optional<Submission> findByReference(String reference);
}
