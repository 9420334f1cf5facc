package scot.sds.portal.handoff;

import java.security.SecureRandom;
import org.springframework.stereotype.Component;

/**
 * Reference numbers people read out over the phone: {@code SDS-} and two groups of four, from letters and digits
 * that cannot be mistaken for each other (no 0 and O, no 1 and I). Random, so a reference says nothing of how many
 * people have written to the council, and never the same twice.
 */
@Component
class References {

    private static final String CLEAR = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final int GROUP = 4;

    private final SecureRandom random = new SecureRandom();
    private final SubmissionRepository submissions;

    References(SubmissionRepository submissions) {
        this.submissions = submissions;
    }

    String next() {
        String reference;
        do {
            reference = "SDS-" + group() + "-" + group();
        } while (submissions.existsByReference(reference));
        return reference;
    }

    private String group() {
        StringBuilder group = new StringBuilder(GROUP);
        for (int index = 0; index < GROUP; index++) {
            group.append(CLEAR.charAt(random.nextInt(CLEAR.length())));
        }
        return group.toString();
    }
}
