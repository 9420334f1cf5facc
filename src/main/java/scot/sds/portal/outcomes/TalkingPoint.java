package scot.sds.portal.outcomes;

import java.util.List;

/**
 * One Talking Points personal outcome, as the council's outcomes file lists it. Its texts are the messages
 * {@code outcome.<id>} (its name) and {@code outcome.<id>.description} (what it means, in the first person).
 *
 * @param national the national outcomes it serves
 * @param picture the picture beside it in easy read
 */
public record TalkingPoint(String id, OutcomeGroup group, List<NationalOutcome> national, String picture) {

    public TalkingPoint {
        national = national == null ? List.of() : List.copyOf(national);
    }

    public boolean forCarers() {
        return group == OutcomeGroup.CARER;
    }

    public String nameKey() {
        return "outcome." + id;
    }

    public String descriptionKey() {
        return nameKey() + ".description";
    }
}
