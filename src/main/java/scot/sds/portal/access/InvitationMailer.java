package scot.sds.portal.access;

import com.vaadin.flow.i18n.I18NProvider;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import scot.sds.portal.shared.TimeConfiguration;

/**
 * Sends an invitation's code to the helper's email address, in the inviting person's language, when the
 * council has configured a mail server ({@code spring.mail.host}); otherwise the person passes the code on.
 */
@Component
class InvitationMailer {

    private static final Logger LOG = LoggerFactory.getLogger(InvitationMailer.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final I18NProvider texts;
    private final String from;

    InvitationMailer(ObjectProvider<JavaMailSender> mailSender, I18NProvider texts,
            @Value("${portal.mail.from}") String from) {
        this.mailSender = mailSender;
        this.texts = texts;
        this.from = from;
    }

    /** Whether the invitation went out by email. The log names no one and carries no code. */
    boolean send(String to, String personName, String code, Instant expires, Locale locale) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return false;
        }
        String until = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                .format(expires.atZone(TimeConfiguration.LOCAL_ZONE).toLocalDate());
        Map<String, Object> arguments = Map.of("name", personName, "code", code, "until", until,
                "service", texts.getTranslation("service.name", locale));
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(texts.getTranslation("access.mail.subject", locale, arguments));
        message.setText(texts.getTranslation("access.mail.body", locale, arguments));
        try {
            sender.send(message);
            return true;
        } catch (MailException notSent) {
            LOG.warn("An invitation email could not be sent: {}", notSent.getClass().getSimpleName());
            return false;
        }
    }
}
