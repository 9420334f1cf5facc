package scot.sds.portal.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** One answer to one question in one voice, with who gave it and when. */
@Entity
class Answer {

    private static final TypeReference<List<String>> VALUES = new TypeReference<>() {};

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long assessmentId;
    private String question;

    @Enumerated(EnumType.STRING)
    private Voice voice;

    @Enumerated(EnumType.STRING)
    private AnswerKind kind;

    /** The values as a JSON array: free text may hold any character, line breaks included. */
    @Column(name = "answer_value")
    private String values;

    private long givenBy;
    private String givenAs;
    private Instant givenAt;

    protected Answer() {}

    Answer(long assessmentId, String question, Voice voice) {
        this.assessmentId = assessmentId;
        this.question = question;
        this.voice = voice;
    }

    void give(AnswerKind kind, List<String> values, long givenBy, String givenAs, Instant givenAt) {
        this.kind = kind;
        this.values = JsonMapper.shared().writeValueAsString(kind == AnswerKind.GIVEN ? values : List.of());
        this.givenBy = givenBy;
        this.givenAs = givenAs;
        this.givenAt = givenAt;
    }

    String question() {
        return question;
    }

    Voice voice() {
        return voice;
    }

    AnswerKind kind() {
        return kind;
    }

    List<String> values() {
        return JsonMapper.shared().readValue(values, VALUES);
    }

    long givenBy() {
        return givenBy;
    }

    String givenAs() {
        return givenAs;
    }

    Instant givenAt() {
        return givenAt;
    }
}
