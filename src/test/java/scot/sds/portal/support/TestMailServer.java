package scot.sds.portal.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** A real SMTP server on a free loopback port for the test run; the portal sends its mail there. */
public final class TestMailServer {

    private static GreenMail server;

    private TestMailServer() {}

    static synchronized Map<String, String> properties() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return Map.of("spring.mail.host", "127.0.0.1",
                "spring.mail.port", String.valueOf(server.getSmtp().getPort()));
    }

    /** The messages received for an address. Sending is synchronous, so what was sent is already here. */
    public static List<Message> messagesTo(String address) {
        return Arrays.stream(server.getReceivedMessages())
                .filter(message -> isFor(message, address))
                .map(Message.class::cast)
                .toList();
    }

    private static boolean isFor(Message message, String address) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(to -> to.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
