package scot.sds.portal.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import scot.sds.portal.support.PlainHttp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the running portal's case-management API as the council's system would: over HTTP, keeping no cookies,
 * signed in with the client id and the secret the test profile sets, unless told otherwise.
 */
final class CaseManagementClient {

    static final String CLIENT_ID = "case-management";
    static final String SECRET = "test-case-management-secret";

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
        return PlainHttp.send(method, base + path, headers);
    }

    static String basic(String clientId, String secret) {
        return PlainHttp.basic(clientId, secret);
    }

    static JsonNode read(HttpResponse<String> response) {
        return JsonMapper.shared().readTree(response.body());
    }
}
