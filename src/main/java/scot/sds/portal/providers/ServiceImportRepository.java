package scot.sds.portal.providers;

import org.springframework.data.jpa.repository.JpaRepository;

interface ServiceImportRepository extends JpaRepository<ServiceImport, Long> {}
