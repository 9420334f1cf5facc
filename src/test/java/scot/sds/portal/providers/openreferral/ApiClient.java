package scot.sds.portal.providers.openreferral;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import scot.sds.portal.support.PlainHttp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the running portal's API as another directory would: over HTTP, signed in as no one, keeping no cookies. */
final class ApiClient {

    private final String base;

    ApiClient(int port) {
        this.base = "http://localhost:" + port + "/openreferral";
    }

    /** The JSON of a successful GET, after checking it is JSON. */
    JsonNode json(String path) {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/json"));
        return read(response);
    }

    HttpResponse<String> get(String path, String... headers) {
        return send("GET", path, headers);
    }

    /** A request without a body, with headers given as name, value, name, value... */
    HttpResponse<String> send(String method, String path, String... headers) {
        return PlainHttp.send(method, base + path, headers);
    }

    /** A request with a JSON body, as a client trying to change something would send. */
    HttpResponse<String> sendJson(String method, String path) {
        return PlainHttp.send(HttpRequest.newBuilder(uri(path)).method(method,
                HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json"));
    }

    static JsonNode read(HttpResponse<String> response) {
        return JsonMapper.shared().readTree(response.body());
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }
}
