package scot.sds.portal.handoff;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import scot.sds.portal.access.RelationshipService;
import scot.sds.portal.account.AccountService;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.shared.mail.OutgoingMail;

/**
 * Tells the person, and the helpers who may read their messages, that the council has done something on their
 * case, once it is saved. The email says only that there is an update and where to sign in: email is not private
 * enough for anything about the person, not even their reference. It is in the language they sent in, with
 * English after it when that differs.
 */
@Component
class CaseUpdateMailer {

    private final OutgoingMail mail;
    private final AccountService accounts;
    private final RelationshipService relationships;
    private final I18NProvider texts;
    private final String trackerAddress;

    CaseUpdateMailer(OutgoingMail mail, AccountService accounts, RelationshipService relationships,
            I18NProvider texts, @Value("${portal.public-address}") String publicAddress) {
        this.mail = mail;
        this.accounts = accounts;
        this.relationships = relationships;
        this.texts = texts;
        this.trackerAddress = publicAddress.replaceAll("/+$", "") + "/" + Paths.TRACKER;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void tell(CaseUpdated update) {
        if (!mail.configured()) {
            return;
        }
        List<Long> recipients = new ArrayList<>(List.of(update.personId()));
        recipients.addAll(relationships.helpersToTell(update.personId()));
        List<Locale> languages = update.language().getLanguage().equals(Locale.ENGLISH.getLanguage())
                ? List.of(Locale.ENGLISH) : List.of(update.language(), Locale.ENGLISH);
        String subject = String.join(" / ", languages.stream().map(language -> text("handoff.mail.subject",
                language)).toList());
        String body = String.join("\n\n---\n\n", languages.stream().map(language -> text("handoff.mail.body",
                language)).toList());
        for (String address : accounts.emailAddresses(recipients)) {
            mail.send(address, subject, body, "An update email");
        }
    }

    private String text(String key, Locale language) {
        return texts.getTranslation(key, language, Map.of("service", texts.getTranslation("service.name", language),
                "link", trackerAddress));
    }
}
