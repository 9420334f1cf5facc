package scot.sds.portal.handoff;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything a person prepared, as it was when it was sent: what the council's assessment staff act on. It is kept
 * in the submission as JSON, so it says what was sent even after the person, the questionnaire or the council's
 * rules change; its own types keep that JSON's shape apart from the features it was read from. Answers, options and
 * terms are the portal's codes (such as {@code personal-care} or {@code OPTION_2}); the words people typed are
 * as they typed them.
 *
 * @param format the version of this shape, raised whenever it changes
 */
public record HandOffPack(int format, String reference, Instant sentAt, Person person, Sender sentBy,
        String questionnaire, int questionnaireVersion, List<Answer> answers, List<Outcome> outcomes,
        Preference preference, List<Service> shortlist, List<Helper> helpers) {

    public static final int FORMAT = 1;

    /** Who the pack is about. */
    public record Person(long id, String name) {}

    /**
     * Who pressed "Send".
     *
     * @param actedAs {@code PERSON}, or the helper role they acted in
     */
    public record Sender(long id, String name, String actedAs) {}

    /** What was said to one question asked: the person's own words, a helper's view, either or both. */
    public record Answer(String section, String question, Said ownWords, Said helperView) {}

    /**
     * One answer and who gave it.
     *
     * @param kind {@code GIVEN}, or how the person chose not to answer
     * @param givenAs {@code PERSON}, or the helper role of whoever wrote it down
     */
    public record Said(String kind, List<String> values, String givenBy, String givenAs, Instant givenAt) {}

    /** A personal outcome: a Talking Points outcome or the person's own, with its priority. */
    public record Outcome(String talkingPoint, boolean forCarer, String ownWords, String priority,
            String howWillIKnow, List<String> nationalOutcomes, String writtenBy, String writtenAs) {}

    /**
     * The option the person leans towards, never binding, and the indicative budget they saw when they chose.
     *
     * @param mix pounds a year for each option in a mix (option 4), or {@code null}
     */
    public record Preference(String option, String reasons, Map<String, BigDecimal> mix, Budget budgetShown) {}

    /** An indicative budget as shown: points, the range for each option, and whether the cap limited it. */
    public record Budget(int rulesVersion, int points, boolean capped, Map<String, Range> ranges) {}

    public record Range(BigDecimal low, BigDecimal high) {}

    /** A shortlisted service, as the directory described it then. */
    public record Service(long id, String source, String sourceId, String name, String provider, String kind,
            String councilArea, String town, String phone) {}

    /** Someone who helps the person through the portal, and on what footing. */
    public record Helper(String name, String role, String legalBasis, String legalReference, LocalDate legalExpires,
            List<String> scopes, String status, String organisation) {}
}
