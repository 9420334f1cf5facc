package scot.sds.portal.budget;

import java.util.List;

/** The options of the Social Care (Self-directed Support) (Scotland) Act 2013 whose budget may differ. */
public enum SupportOption {
    /** Option 1: a direct payment the person or their carer manages. */
    DIRECT_PAYMENT,
    /** Option 2: the person chooses; the council or a provider holds the budget. */
    INDIVIDUAL_SERVICE_FUND,
    /** Option 3: the council chooses and arranges the support. */
    COUNCIL_ARRANGED,
    /** Option 4: a mix of the other three, split as the person chooses. */
    MIX;

    /** The options a mix is split between, in order. */
    public static List<SupportOption> partsOfMix() {
        return List.of(DIRECT_PAYMENT, INDIVIDUAL_SERVICE_FUND, COUNCIL_ARRANGED);
    }
}
