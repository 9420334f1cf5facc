package scot.sds.portal.assessment;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssessmentRepository extends JpaRepository<Assessment, Long> {

    Optional<Assessment> findFirstByPersonIdOrderByIdDesc(long personId);
}
