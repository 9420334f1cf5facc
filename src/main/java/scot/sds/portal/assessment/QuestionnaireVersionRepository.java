package scot.sds.portal.assessment;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface QuestionnaireVersionRepository extends JpaRepository<QuestionnaireVersion, Long> {

    Optional<QuestionnaireVersion> findByNameAndVersion(String name, int version);
}
