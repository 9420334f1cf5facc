package scot.sds.portal.handoff;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What a step on a case needs before it is taken; each problem is shown next to its field. */
final class CaseRules {

    private static final BigDecimal MOST_BUDGET = new BigDecimal("1000000");

    private CaseRules() {}

    static List<CaseProblem> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of(CaseProblem.TEXT_MISSING);
        }
        return text.strip().length() > CaseDetail.MOST_CHARACTERS ? List.of(CaseProblem.TEXT_TOO_LONG) : List.of();
    }

    static List<CaseProblem> visit(CaseDetail.Visit visit, LocalDate today) {
        List<CaseProblem> problems = new ArrayList<>();
        if (visit.date() == null) {
            problems.add(CaseProblem.DATE_MISSING);
        } else if (visit.date().isBefore(today)) {
            problems.add(CaseProblem.DATE_PAST);
        }
        if (visit.time() == null) {
            problems.add(CaseProblem.TIME_MISSING);
        }
        if (visit.how() == null) {
            problems.add(CaseProblem.HOW_MISSING);
        } else if (visit.how().needsPlace() && blank(visit.place())) {
            problems.add(CaseProblem.PLACE_MISSING);
        }
        if (blank(visit.who())) {
            problems.add(CaseProblem.WHO_MISSING);
        }
        return problems;
    }

    static List<CaseProblem> decision(CaseDetail.Decision decision) {
        List<CaseProblem> problems = new ArrayList<>();
        if (decision.eligible() == null) {
            problems.add(CaseProblem.ELIGIBILITY_MISSING);
        } else if (decision.eligible() && decision.assessedBudget() == null) {
            problems.add(CaseProblem.BUDGET_MISSING);
        } else if (decision.eligible() && decision.assessedBudget().compareTo(MOST_BUDGET) > 0) {
            problems.add(CaseProblem.BUDGET_TOO_HIGH);
        }
        if (decision.planAgreed() == null) {
            problems.add(CaseProblem.PLAN_MISSING);
        }
        problems.addAll(words(decision.reasons()));
        return problems;
    }

    /** What was typed, without the spaces and blank lines around it. */
    static String strip(String text) {
        return text == null ? null : text.strip();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
