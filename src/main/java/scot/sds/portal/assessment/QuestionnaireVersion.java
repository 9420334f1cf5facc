package scot.sds.portal.assessment;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One version of a questionnaire file, kept word for word so old answers are always read with their questions. */
@Entity
class QuestionnaireVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;
    private int version;
    private String content;
    private String sha256;
    private Instant firstUsed;

    protected QuestionnaireVersion() {}

    QuestionnaireVersion(String name, int version, String content, String sha256, Instant firstUsed) {
        this.name = name;
        this.version = version;
        this.content = content;
        this.sha256 = sha256;
        this.firstUsed = firstUsed;
    }

    Long id() {
        return id;
    }

    String content() {
        return content;
    }

    String sha256() {
        return sha256;
    }
}
