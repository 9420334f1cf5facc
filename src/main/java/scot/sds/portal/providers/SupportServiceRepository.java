package scot.sds.portal.providers;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SupportServiceRepository extends JpaRepository<SupportService, Long> {

    List<SupportService> findBySource(Source source);
}
