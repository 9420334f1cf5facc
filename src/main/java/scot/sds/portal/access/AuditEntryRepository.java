package scot.sds.portal.access;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

    List<AuditEntry> findTop200ByPersonIdOrderByHappenedAtDescIdDesc(long personId);

    /** The chain in order, a page at a time. */
    List<AuditEntry> findTop500ByIdGreaterThanOrderByIdAsc(long id);

    /** The first entry written at or after a moment, where the chain kept by the retention rule begins. */
    Optional<AuditEntry> findFirstByHappenedAtGreaterThanEqualOrderByIdAsc(Instant moment);

    /** The last entry before an id, whose hash the entry with that id chains to. */
    Optional<AuditEntry> findFirstByIdLessThanOrderByIdDesc(long id);

    @Modifying
    @Query("delete from AuditEntry e where e.id < :id")
    int deleteBefore(long id);
}
