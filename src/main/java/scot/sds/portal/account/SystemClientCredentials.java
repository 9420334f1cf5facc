package scot.sds.portal.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import scot.sds.portal.shared.Sha256;

/**
 * The client id and secret a council system signs in to its API with (HTTP Basic), and the check of both. With no
 * secret set nobody signs in, so an API is closed until the council chooses a secret. Both are compared as SHA-256
 * digests in constant time, so neither how much of a guess was right nor the secret's length shows in the time an
 * answer takes. A client signed in is named {@code system:<client id>}, which no person's email address can be.
 */
final class SystemClientCredentials {

    private static final String NAME_PREFIX = "system:";

    private final SystemClient client;
    private final String clientId;
    private final byte[] idDigest;
    private final byte[] secretDigest;

    SystemClientCredentials(SystemClient client, String clientId, String secret) {
        this.client = client;
        this.clientId = clientId.strip();
        this.idDigest = digest(this.clientId);
        this.secretDigest = secret == null || secret.isBlank() ? null : digest(secret);
    }

    /** Signs the client in, or throws {@link BadCredentialsException}: the API's authentication manager. */
    Authentication authenticate(Authentication attempt) {
        if (secretDigest == null) {
            throw new BadCredentialsException("No secret is set for " + client + ", so nobody may sign in");
        }
        String secret = attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
        boolean idRight = MessageDigest.isEqual(idDigest, digest(attempt.getName()));
        boolean secretRight = MessageDigest.isEqual(secretDigest, digest(secret));
        // Both compared every time, so a wrong id answers no faster than a wrong secret.
        if (!(idRight & secretRight)) {
            throw new BadCredentialsException("Wrong client id or secret for " + client);
        }
        return UsernamePasswordAuthenticationToken.authenticated(NAME_PREFIX + clientId, null,
                List.of(new SimpleGrantedAuthority(client.authority())));
    }

    private static byte[] digest(String text) {
        return Sha256.hex(text == null ? "" : text).getBytes(StandardCharsets.US_ASCII);
    }
}
