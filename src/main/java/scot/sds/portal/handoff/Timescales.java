package scot.sds.portal.handoff;

/**
 * How long the council says each step takes, from the council's data file {@code handoff/timescales.json}, so the
 * person is told what to expect and by when.
 *
 * @param firstContactWorkingDays working days until someone from the council gets in touch
 * @param assessmentWeeks weeks until the assessment visit or call, once they have been in touch
 * @param decisionWeeks weeks from the assessment to a decision about support
 */
public record Timescales(int firstContactWorkingDays, int assessmentWeeks, int decisionWeeks) {

    public Timescales {
        if (firstContactWorkingDays < 1 || assessmentWeeks < 1 || decisionWeeks < 1) {
            throw new IllegalArgumentException("Each timescale is at least 1: " + firstContactWorkingDays + ", "
                    + assessmentWeeks + ", " + decisionWeeks);
        }
    }
}
