package scot.sds.portal.assessment;

/** How a question is answered; the question page shows the matching field. */
public enum AnswerType {
    SINGLE_CHOICE,
    SEVERAL_CHOICES,
    YES_NO,
    FREE_TEXT,
    NUMBER,
    /** A date as three fields: day, month, year. */
    DATE;

    /** Whether the answer is picked from the question's options. */
    public boolean hasOptions() {
        return this == SINGLE_CHOICE || this == SEVERAL_CHOICES;
    }
}
