package scot.sds.portal.providers;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SupportServiceRepository extends JpaRepository<SupportService, Long> {

    List<SupportService> findBySource(Source source);

    @Query("select distinct s.councilArea from SupportService s where s.councilArea is not null and s.active = true"
            + " order by s.councilArea")
    List<String> councilAreas();
}
