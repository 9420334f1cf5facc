package scot.sds.portal.shared;

/** The portal's addresses, in one place so links and routes cannot drift apart. */
public final class Paths {

    public static final String START = "";
    public static final String WHAT_IS_SDS = "what-is-self-directed-support";
    public static final String WHAT_HAPPENS_NEXT = "what-happens-next";
    public static final String GLOSSARY = "words-we-use";
    public static final String ACCESSIBILITY = "accessibility-statement";
    public static final String PRIVACY = "privacy";
    public static final String HELP = "get-help";
    public static final String SIGN_IN = "sign-in";
    public static final String CREATE_ACCOUNT = "create-account";
    public static final String YOUR_ACCOUNT = "your-account";
    /** Where a person lands when they were signed out for doing nothing for too long. */
    public static final String SIGNED_OUT = "signed-out";
    public static final String YOUR_HELPERS = "people-who-help-you";
    public static final String INVITE_HELPER = "invite-someone-to-help";
    public static final String ACCEPT_INVITATION = "accept-an-invitation";
    public static final String ACT_FOR = "whose-information";
    public static final String WHO_HAS_SEEN = "who-has-seen-your-information";
    public static final String YOUR_INFORMATION = "everything-we-hold-about-you";
    public static final String ASSESSMENT = "tell-us-about-your-life";
    public static final String ASSESSMENT_QUESTION = ASSESSMENT + "/question";
    public static final String WHOSE_WORDS = ASSESSMENT + "/whose-words";
    public static final String CHECK_ANSWERS = ASSESSMENT + "/check-your-answers";
    public static final String OUTCOMES = "what-matters-to-me";
    public static final String CHOOSE_OUTCOME = OUTCOMES + "/choose";
    public static final String OUTCOME = OUTCOMES + "/outcome";
    public static final String SUMMARY = OUTCOMES + "/summary";
    public static final String BUDGET = "your-indicative-budget";
    public static final String SPENDING = BUDGET + "/what-it-can-pay-for";
    public static final String COMPARE_OPTIONS = "compare-the-options";
    public static final String CHOOSE_OPTION = COMPARE_OPTIONS + "/your-preference";
    public static final String OPTIONS_GUIDE = COMPARE_OPTIONS + "/which-might-suit-you";
    public static final String MIX_OPTIONS = COMPARE_OPTIONS + "/build-a-mix";
    public static final String FIND_SUPPORT = "find-support";
    public static final String SHORTLIST = FIND_SUPPORT + "/your-shortlist";
    public static final String SEND = "send-to-the-council";
    public static final String TRACKER = "your-case";
    public static final String REPORT_CHANGE = TRACKER + "/something-changed";
    public static final String REPORT_PROBLEM = FIND_SUPPORT + "/report-a-problem";
    public static final String STAFF_CASES = "staff/cases";
    public static final String STAFF_LEGAL_CHECKS = "staff/legal-authority-checks";
    public static final String STAFF_DIRECTORY_IMPORTS = "staff/directory-imports";
    public static final String STAFF_REPORTED_PROBLEMS = "staff/reported-problems";
    public static final String STAFF_PERSON_INFORMATION = "staff/everything-held-about";
    /** The directory of services as an Open Referral UK (HSDS 3) API, for other directories to read. */
    public static final String OPEN_REFERRAL_API = "openreferral";
    /** What people sent, for the council's case-management system to read; only that system may. */
    public static final String CASE_MANAGEMENT_API = "case-management";

    private Paths() {}

    /** The link target for a path, from the site root. */
    public static String href(String path) {
        return "/" + path;
    }
}
