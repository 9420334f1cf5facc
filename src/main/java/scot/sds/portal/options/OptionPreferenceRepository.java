package scot.sds.portal.options;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface OptionPreferenceRepository extends JpaRepository<OptionPreference, Long> {

    Optional<OptionPreference> findByPersonId(long personId);
}
