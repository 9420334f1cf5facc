package scot.sds.portal.options;

import scot.sds.portal.budget.SupportOption;

/**
 * One of the four options as the comparison shows it. Its texts are {@code options.<id>.name} and
 * {@code options.<id>.<aspect>} for each aspect compared.
 *
 * @param budgetFrom the option whose indicative budget it shows
 * @param picture the picture beside it in easy read
 */
public record SupportOptionCard(String id, SupportOption budgetFrom, String picture) {

    public String nameKey() {
        return "options." + id + ".name";
    }

    public String aspectKey(String aspect) {
        return "options." + id + "." + aspect;
    }
}
