package scot.sds.portal.shared.mail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Plain-text email through the council's mail server ({@code spring.mail.host}), when one is configured. A failure
 * is logged by its kind only: the log names no one and repeats nothing that was in the message.
 */
@Component
public class OutgoingMail {

    private static final Logger LOG = LoggerFactory.getLogger(OutgoingMail.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final String from;

    OutgoingMail(ObjectProvider<JavaMailSender> mailSender, @Value("${portal.mail.from}") String from) {
        this.mailSender = mailSender;
        this.from = from;
    }

    /** Whether a mail server is configured at all. */
    public boolean configured() {
        return mailSender.getIfAvailable() != null;
    }

    /** Whether the message went out; {@code what} says what kind of message it was, for the log. */
    public boolean send(String to, String subject, String body, String what) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return false;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(body);
        try {
            sender.send(message);
            return true;
        } catch (MailException notSent) {
            LOG.warn("{} could not be sent: {}", what, notSent.getClass().getSimpleName());
            return false;
        }
    }
}
