package scot.sds.portal.handoff;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseEventRepository extends JpaRepository<CaseEvent, Long> {

    List<CaseEvent> findBySubmissionIdOrderByHappenedAtAscIdAsc(long submissionId);
}
