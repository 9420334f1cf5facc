package scot.sds.portal.providers;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProblemReportRepository extends JpaRepository<ProblemReport, Long> {

    List<ProblemReport> findByDealtWithAtIsNullOrderByReportedAtAsc();
}
