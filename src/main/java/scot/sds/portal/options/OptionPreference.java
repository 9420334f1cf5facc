package scot.sds.portal.options;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A person's current preference among the options, with their reasons and the budget shown when they chose. */
@Entity
class OptionPreference {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long personId;

    @Enumerated(EnumType.STRING)
    private Preference preference;

    private String reasons;

    /** The indicative budget as shown, in words and figures, so the council sees what the person saw. */
    private String budgetShown;

    /** How option 4 is split, as JSON, while option 4 is the preference. */
    private String mix;

    private long givenBy;
    private String givenAs;
    private Instant updated;

    protected OptionPreference() {}

    OptionPreference(long personId) {
        this.personId = personId;
    }

    void choose(Preference preference, String reasons, String budgetShown, String mix, long givenBy,
            String givenAs, Instant now) {
        this.preference = preference;
        this.reasons = reasons;
        this.budgetShown = budgetShown;
        this.mix = mix;
        this.givenBy = givenBy;
        this.givenAs = givenAs;
        this.updated = now;
    }

    Preference preference() {
        return preference;
    }

    String reasons() {
        return reasons;
    }

    String budgetShown() {
        return budgetShown;
    }

    String mix() {
        return mix;
    }
}
