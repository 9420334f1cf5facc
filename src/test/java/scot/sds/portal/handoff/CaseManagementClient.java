package scot.sds.portal.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the running portal's case-management API as the council's system would: over HTTP, keeping no cookies,
 * signed in with the client id and the secret the test profile sets, unless told otherwise.
 */
final class CaseManagementClient {

    static final String CLIENT_ID = "case-management";
    static final String SECRET = "test-case-management-secret";

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private final String base;

    CaseManagementClient(int port) {
        this.base = "http://localhost:" + port + "/case-management";
    }

    /** The JSON of a successful GET as the system, after checking it is JSON. */
    JsonNode json(String path) {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/json"));
        return read(response);
    }

    /** A GET as the system. */
    HttpResponse<String> get(String path) {
        return send("GET", path, "Authorization", basic(CLIENT_ID, SECRET));
    }

    /** A request without a body, with headers given as name, value, name, value... */
    HttpResponse<String> send(String method, String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).method(method,
                HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String basic(String clientId, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((clientId + ":" + secret)
                .getBytes(StandardCharsets.UTF_8));
    }

    static JsonNode read(HttpResponse<String> response) {
        return JsonMapper.shared().readTree(response.body());
    }
}
