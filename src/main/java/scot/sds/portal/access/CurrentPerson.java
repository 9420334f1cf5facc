package scot.sds.portal.access;

import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;
import org.springframework.stereotype.Service;
import scot.sds.portal.account.AccountService;
import scot.sds.portal.account.AccountSummary;

/**
 * Whose information the signed-in actor is working on: their own, or that of someone they have chosen to act
 * for. Only the choice is kept in the session; the access check is made again every time it is read, so a
 * revoked or expired relationship ends at the next request.
 */
@Service
public class CurrentPerson {

    private static final String ACTING_FOR = CurrentPerson.class.getName() + ".actingFor";

    private final RelationshipService relationships;
    private final AccountService accounts;

    CurrentPerson(RelationshipService relationships, AccountService accounts) {
        this.relationships = relationships;
        this.accounts = accounts;
    }

    /** Starts acting for a person; refused with {@link NotPermittedException} unless a relationship allows it. */
    public ActingFor actFor(long personId) {
        ActingFor actingFor = relationships.actFor(personId);
        VaadinSession.getCurrent().setAttribute(ACTING_FOR, personId);
        return actingFor;
    }

    /** Back to one's own information. */
    public void actForMyself() {
        VaadinSession.getCurrent().setAttribute(ACTING_FOR, null);
    }

    /** The person acted for, if any and if still allowed; a choice no longer allowed is forgotten. */
    public Optional<ActingFor> actingFor() {
        VaadinSession session = VaadinSession.getCurrent();
        Long personId = session == null ? null : (Long) session.getAttribute(ACTING_FOR);
        if (personId == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(relationships.actFor(personId));
        } catch (NotPermittedException accessEnded) {
            session.setAttribute(ACTING_FOR, null);
            return Optional.empty();
        }
    }

    /** The id of the person whose information is being worked on: the one acted for, else oneself. */
    public Optional<Long> personId() {
        return actingFor().map(ActingFor::personId).or(() -> accounts.signedIn().map(AccountSummary::id));
    }
}
