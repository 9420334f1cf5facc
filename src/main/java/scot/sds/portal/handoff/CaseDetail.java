package scot.sds.portal.handoff;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import scot.sds.portal.budget.SupportOption;

/**
 * What a step said, when it said more than that it happened; the parts that do not apply are {@code null}.
 *
 * @param text a message's words, a change in the person's words or why a case was closed
 */
public record CaseDetail(String text, Visit visit, Decision decision, ChangeKind change) {

    /** The most a message, a change or reasons may say: a long letter's worth. */
    public static final int MOST_CHARACTERS = 3000;

    static CaseDetail text(String text) {
        return new CaseDetail(text, null, null, null);
    }

    /** An assessment visit or call as booked: when, how, where and who will come or call. */
    public record Visit(LocalDate date, LocalTime time, VisitKind how, String place, String who) {}

    public enum VisitKind {
        HOME_VISIT,
        COUNCIL_OFFICE,
        PHONE_CALL,
        VIDEO_CALL;

        /** Whether staff must say where: a call needs no place. */
        boolean needsPlace() {
            return this == HOME_VISIT || this == COUNCIL_OFFICE;
        }
    }

    /**
     * The council's decisions, each with the reasons the person is given. Only staff record them.
     *
     * @param eligible whether the person is eligible for support from the council
     * @param assessedBudget pounds a year, when eligible
     * @param optionAgreed the option agreed with the person, or {@code null} if not yet agreed
     * @param planAgreed whether the support plan is agreed
     */
    public record Decision(Boolean eligible, BigDecimal assessedBudget, SupportOption optionAgreed,
            Boolean planAgreed, String reasons) {}

    public enum ChangeKind {
        NEEDS_CHANGED,
        FLUCTUATING
    }
}
