package scot.sds.portal.outcomes;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import scot.sds.portal.assessment.Voice;

/** A personal outcome of one person, with who last wrote it and in whose words. */
@Entity
@Table(name = "personal_outcome")
class Outcome {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long personId;
    private String talkingPoint;
    private String ownWords;

    @Enumerated(EnumType.STRING)
    private Priority priority;

    @Column(name = "how_will_i_know")
    private String howWillIKnow;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "personal_outcome_national", joinColumns = @JoinColumn(name = "outcome_id"))
    @Column(name = "national_outcome")
    @Enumerated(EnumType.STRING)
    private Set<NationalOutcome> national = EnumSet.noneOf(NationalOutcome.class);

    private long givenBy;
    private String givenAs;

    @Enumerated(EnumType.STRING)
    private Voice voice;

    private Instant updated;

    protected Outcome() {}

    Outcome(long personId) {
        this.personId = personId;
    }

    void write(OutcomeDraft draft, Set<NationalOutcome> tags, long givenBy, String givenAs, Voice voice,
            Instant now) {
        this.talkingPoint = draft.talkingPoint();
        this.ownWords = draft.ownWords();
        this.priority = draft.priority();
        this.howWillIKnow = draft.howWillIKnow();
        this.national = tags.isEmpty() ? EnumSet.noneOf(NationalOutcome.class) : EnumSet.copyOf(tags);
        this.givenBy = givenBy;
        this.givenAs = givenAs;
        this.voice = voice;
        this.updated = now;
    }

    Long id() {
        return id;
    }

    long personId() {
        return personId;
    }

    String talkingPoint() {
        return talkingPoint;
    }

    String ownWords() {
        return ownWords;
    }

    Priority priority() {
        return priority;
    }

    String howWillIKnow() {
        return howWillIKnow;
    }

    Set<NationalOutcome> national() {
        return national;
    }

    long givenBy() {
        return givenBy;
    }

    String givenAs() {
        return givenAs;
    }

    Voice voice() {
        return voice;
    }
}
