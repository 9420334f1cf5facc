package scot.sds.portal.assessment;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import scot.sds.portal.shared.CouncilFiles;
import scot.sds.portal.shared.Sha256;

/**
 * The questionnaire new assessments use (the council's file, {@code portal.questionnaire}) and every version used
 * before. A file whose content changed while its version number did not is refused, since assessments already
 * answered with that version would silently change meaning.
 */
@Component
class QuestionnaireVersions {

    private final QuestionnaireVersionRepository versions;
    private final Clock clock;
    private final String currentContent;
    private final Questionnaire current;
    private final Map<Long, Questionnaire> byId = new ConcurrentHashMap<>();
    private volatile Long currentId;

    QuestionnaireVersions(QuestionnaireVersionRepository versions, Clock clock,
            @Value("${portal.questionnaire}") Resource file) {
        this.versions = versions;
        this.clock = clock;
        this.currentContent = CouncilFiles.text(file);
        this.current = QuestionnaireReader.read(currentContent);
    }

    Questionnaire current() {
        return current;
    }

    /** The stored id of the current version, recorded on first use. */
    long currentId() {
        Long id = currentId;
        return id != null ? id : register();
    }

    /** The questionnaire an assessment was answered with. */
    Questionnaire byId(long id) {
        return byId.computeIfAbsent(id, key -> QuestionnaireReader.read(versions.findById(key).orElseThrow(
                () -> new IllegalStateException("No questionnaire version " + key)).content()));
    }

    /** A questionnaire by its name and version, as a hand-off pack names the one it was answered with. */
    Questionnaire byNameAndVersion(String name, int version) {
        return byId(versions.findByNameAndVersion(name, version).orElseThrow(() -> new IllegalArgumentException(
                "No questionnaire " + name + " version " + version)).id());
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public synchronized long register() {
        String sha256 = Sha256.hex(currentContent);
        QuestionnaireVersion stored = versions.findByNameAndVersion(current.name(), current.version())
                .orElseGet(() -> versions.save(new QuestionnaireVersion(current.name(), current.version(),
                        currentContent, sha256, clock.instant())));
        if (!stored.sha256().equals(sha256)) {
            throw new IllegalStateException("The questionnaire " + current.name() + " version " + current.version()
                    + " has changed since it was first used: give the changed file a new version number");
        }
        byId.put(stored.id(), current);
        currentId = stored.id();
        return stored.id();
    }
}
