package scot.sds.portal.providers;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ShortlistRepository extends JpaRepository<ShortlistEntry, Long> {

    List<ShortlistEntry> findByPersonIdOrderByIdAsc(long personId);

    long countByPersonId(long personId);

    boolean existsByPersonIdAndServiceId(long personId, long serviceId);

    void deleteByPersonIdAndServiceId(long personId, long serviceId);
}
