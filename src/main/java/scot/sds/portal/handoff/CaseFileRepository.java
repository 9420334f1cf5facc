package scot.sds.portal.handoff;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseFileRepository extends JpaRepository<CaseFile, Long> {}
