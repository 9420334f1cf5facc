package scot.sds.portal.handoff;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SubmissionRepository extends JpaRepository<Submission, Long> {

    Optional<Submission> findFirstByPersonIdOrderByVersionDesc(long personId);

    boolean existsByPersonId(long personId);

    boolean existsByReference(String reference);

    Optional<Submission> findByReference(String reference);

    /** The submissions after a position in the order they were sent: by when, then by id. */
    @Query("""
            select s from Submission s where s.submittedAt > ?1 or (s.submittedAt = ?1 and s.id > ?2)
            order by s.submittedAt, s.id""")
    List<Submission> findSentAfter(Instant sentAt, long id, Limit limit);
}
