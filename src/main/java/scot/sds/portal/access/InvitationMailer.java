package scot.sds.portal.access;

import com.vaadin.flow.i18n.I18NProvider;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import scot.sds.portal.shared.TimeConfiguration;
import scot.sds.portal.shared.mail.OutgoingMail;

/**
 * Sends an invitation's code to the helper's email address, in the inviting person's language, when the
 * council has configured a mail server ({@code spring.mail.host}); otherwise the person passes the code on.
 */
@Component
class InvitationMailer {

    private final OutgoingMail mail;
    private final I18NProvider texts;

    InvitationMailer(OutgoingMail mail, I18NProvider texts) {
        this.mail = mail;
        this.texts = texts;
    }

    /** Whether the invitation went out by email. The log names no one and carries no code. */
    boolean send(String to, String personName, String code, Instant expires, Locale locale) {
        if (!mail.configured()) {
            return false;
        }
        String until = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                .format(expires.atZone(TimeConfiguration.LOCAL_ZONE).toLocalDate());
        Map<String, Object> arguments = Map.of("name", personName, "code", code, "until", until,
                "service", texts.getTranslation("service.name", locale));
        return mail.send(to, texts.getTranslation("access.mail.subject", locale, arguments),
                texts.getTranslation("access.mail.body", locale, arguments), "An invitation email");
    }
}
