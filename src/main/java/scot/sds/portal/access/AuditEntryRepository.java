package scot.sds.portal.access;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

    List<AuditEntry> findTop200ByPersonIdOrderByHappenedAtDescIdDesc(long personId);

    /** The chain in order, a page at a time. */
    List<AuditEntry> findTop500ByIdGreaterThanOrderByIdAsc(long id);
}
