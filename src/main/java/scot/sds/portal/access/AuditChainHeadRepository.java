package scot.sds.portal.access;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AuditChainHeadRepository extends JpaRepository<AuditChainHead, Byte> {

    /** The head, locked until the transaction ends (SELECT ... FOR UPDATE), so appends take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select h from AuditChainHead h where h.id = " + AuditChainHead.ONLY)
    Optional<AuditChainHead> lockForAppend();
}
