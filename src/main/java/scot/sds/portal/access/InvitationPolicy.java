package scot.sds.portal.access;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** What an invitation must say, each refusal with a message that says what to do. */
final class InvitationPolicy {

    private static final Pattern EMAIL = Pattern.compile("^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$");

    private InvitationPolicy() {}

    /** The problems with the terms; the evidence of a legal authority is checked as an upload. */
    static List<InvitationProblem> problems(RelationshipTerms terms, String invitedEmail) {
        List<InvitationProblem> problems = new ArrayList<>();
        if (terms.role() == null) {
            problems.add(new InvitationProblem(InvitationField.ROLE, "access.error.role-missing"));
        }
        if (terms.legalBasis() == null) {
            problems.add(new InvitationProblem(InvitationField.LEGAL_BASIS, "access.error.basis-missing"));
        } else if (terms.legalBasis().isLegalAuthority()) {
            if (blank(terms.legalReference())) {
                problems.add(new InvitationProblem(InvitationField.LEGAL_REFERENCE, "access.error.reference-missing"));
            }
            if (terms.legalRegistered() == null) {
                problems.add(new InvitationProblem(InvitationField.LEGAL_REGISTERED,
                        "access.error.registered-missing"));
            }
        }
        if (terms.ends() != null && terms.ends().isBefore(terms.starts())) {
            problems.add(new InvitationProblem(InvitationField.ENDS, "access.error.ends-before-start"));
        }
        if (!blank(invitedEmail) && !EMAIL.matcher(invitedEmail.strip()).matches()) {
            problems.add(new InvitationProblem(InvitationField.EMAIL, "access.error.email-format"));
        }
        return problems;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
