package scot.sds.portal.shared.limits;

import java.util.Optional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The address of the client making the current request, as the server sees it (behind a proxy, set
 * {@code server.forward-headers-strategy} so it is the client's, not the proxy's).
 */
public final class ClientAddress {

    private ClientAddress() {}

    /** Empty outside a web request, such as in a task the portal runs itself. */
    public static Optional<String> current() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return Optional.of(attributes.getRequest().getRemoteAddr());
        }
        return Optional.empty();
    }
}
