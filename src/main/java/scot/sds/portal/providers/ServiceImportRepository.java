package scot.sds.portal.providers;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ServiceImportRepository extends JpaRepository<ServiceImport, Long> {

    @Query("select max(i.importedAt) from ServiceImport i where i.source = ?1")
    Optional<Instant> lastImportOf(Source source);

    List<ServiceImport> findTop10ByOrderByImportedAtDescIdDesc();
}
