package scot.sds.portal.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** What an invitation must say, each refusal with a message that says what to do. */
final class InvitationPolicy {

    private static final Pattern EMAIL = Pattern.compile("^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$");

    private InvitationPolicy() {}

    static List<InvitationProblem> problems(RelationshipTerms terms, String invitedEmail, byte[] evidence) {
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
            evidenceProblem(evidence).ifPresent(problems::add);
        }
        if (terms.ends() != null && terms.ends().isBefore(terms.starts())) {
            problems.add(new InvitationProblem(InvitationField.ENDS, "access.error.ends-before-start"));
        }
        if (!blank(invitedEmail) && !EMAIL.matcher(invitedEmail.strip()).matches()) {
            problems.add(new InvitationProblem(InvitationField.EMAIL, "access.error.email-format"));
        }
        return problems;
    }

    /** Staff need a copy of the certificate: a PDF, PNG or JPEG by its content, and not too large. */
    private static Optional<InvitationProblem> evidenceProblem(byte[] evidence) {
        String key = null;
        if (evidence == null || evidence.length == 0) {
            key = "access.error.evidence-missing";
        } else if (evidence.length > EvidenceType.MAXIMUM_BYTES) {
            key = "access.error.evidence-too-big";
        } else if (EvidenceType.of(evidence).isEmpty()) {
            key = "access.error.evidence-type";
        }
        return Optional.ofNullable(key).map(k -> new InvitationProblem(InvitationField.EVIDENCE, k));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
