package scot.sds.portal.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One browser tab on the portal, simulated over plain HTTP: it loads pages and speaks Vaadin's client-server
 * protocol (UIDL) as Vaadin's own client does, typing into fields and clicking buttons found by their id. The
 * benchmarks use it to keep hundreds of real sessions open where hundreds of browsers would not fit. It keeps
 * only the session cookie, the security key, the message counters and the node numbers of elements with an id.
 */
public final class VaadinTab {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    // Vaadin's state tree features: an element's attributes and its properties.
    private static final int ATTRIBUTES = 3;
    private static final int PROPERTIES = 1;
    private static final int UI_NODE = 1;

    private final String base;
    private String sessionCookie;
    private String securityKey;
    private int uiId;
    private int syncId;
    private int clientId;
    private boolean productionMode;
    private final Map<String, Integer> elementsById = new HashMap<>();
    private final List<ObjectNode> pending = new ArrayList<>();

    /** What the server answered to one message, and how long the round trip took. */
    public record Reply(int status, String body, double millis) {

        /** Whether the server told the browser to go to this route, as it does after a server-side navigation. */
        public boolean navigatedTo(String route) {
            return status == 200 && body.contains("\"" + route + "\"") && body.contains("vaadin-navigate");
        }
    }

    /** A tab of a new browser with no cookies, on the portal at this address (such as http://127.0.0.1:8080). */
    public VaadinTab(String base) {
        this.base = base;
    }

    /** Loads a page as typing its address would: the page itself, then Vaadin's start of a new UI and its view. */
    public void load(String route) {
        send(HttpRequest.newBuilder(URI.create(base + "/" + route)).GET());
        String init = send(HttpRequest.newBuilder(URI.create(base + "/?v-r=init&location="
                + URLEncoder.encode(route, StandardCharsets.UTF_8) + "&query=&v-sw=1280&v-sh=900&v-tzid=UTC"))
                .GET()).body();
        JsonNode config = JSON.readTree(init).path("appConfig");
        productionMode = config.path("productionMode").asBoolean();
        uiId = config.path("v-uiId").asInt();
        JsonNode uidl = config.path("uidl");
        securityKey = uidl.path("Vaadin-Security-Key").asString();
        syncId = uidl.path("syncId").asInt();
        clientId = uidl.path("clientId").asInt();
        elementsById.clear();
        navigate("/" + route, "");
    }

    /** Follows a link inside the portal, as Vaadin's router does without loading the page again. */
    public Reply navigate(String route) {
        return navigate(route, "client");
    }

    private Reply navigate(String route, String trigger) {
        ObjectNode data = JSON.createObjectNode().put("route", route).put("query", "").put("appShellTitle", "")
                .put("trigger", trigger);
        data.putObject("historyState").put("idx", 0);
        return event(UI_NODE, "ui-navigate", data);
    }

    /** Types a value into the field with this id; it reaches the server with the next click, as in a browser. */
    public VaadinTab type(String id, String value) {
        int node = element(id);
        pending.add(JSON.createObjectNode().put("type", "mSync").put("node", node).put("feature", PROPERTIES)
                .put("property", "value").put("value", value));
        pending.add(event(node, "change"));
        return this;
    }

    /** Clicks the element with this id (or, for a button without one, its theme such as "primary"). */
    public Reply click(String idOrTheme) {
        ObjectNode data = JSON.createObjectNode().put("event.shiftKey", false).put("event.metaKey", false)
                .put("event.detail", 1).put("event.ctrlKey", false).put("event.clientX", 200)
                .put("event.clientY", 500).put("event.altKey", false).put("event.button", 0)
                .put("event.screenY", 600).put("event.screenX", 210);
        return event(element(idOrTheme), "click", data);
    }

    /** Closes the tab: the browser tells the server, which drops the tab's UI from the session. */
    public void close() {
        ObjectNode message = JSON.createObjectNode().put("csrfToken", securityKey).put("UNLOAD", true);
        message.putArray("rpc");
        post(message);
    }

    /** Whether the page shown has an element with this id. */
    public boolean has(String id) {
        return elementsById.containsKey(id);
    }

    public boolean productionMode() {
        return productionMode;
    }

    private Reply event(int node, String name, ObjectNode data) {
        pending.add(event(node, name).set("data", data));
        ObjectNode message = JSON.createObjectNode().put("csrfToken", securityKey);
        ArrayNode rpc = message.putArray("rpc");
        pending.forEach(rpc::add);
        pending.clear();
        message.put("syncId", syncId).put("clientId", clientId);
        Reply reply = post(message);
        if (reply.status() == 200) {
            read(reply.body());
        }
        return reply;
    }

    private static ObjectNode event(int node, String name) {
        ObjectNode event = JSON.createObjectNode().put("type", "event").put("node", node).put("event", name);
        event.putObject("data");
        return event;
    }

    private Reply post(ObjectNode message) {
        long start = System.nanoTime();
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(message.toString())));
        return new Reply(response.statusCode(), response.body(), (System.nanoTime() - start) / 1e6);
    }

    /** Takes the counters for the next message, and the node numbers of elements with an id or a theme. */
    private void read(String body) {
        JsonNode answer = JSON.readTree(body.startsWith("for(;;);") ? body.substring(8) : body);
        if (answer.isArray()) {
            answer = answer.get(0);
        }
        syncId = answer.path("syncId").asInt(syncId);
        clientId = answer.path("clientId").asInt(clientId);
        for (JsonNode change : answer.path("changes")) {
            String key = change.path("key").asString();
            if (change.path("feat").asInt() == ATTRIBUTES && ("id".equals(key) || "theme".equals(key))) {
                elementsById.put(change.path("value").asString(), change.path("node").asInt());
            }
        }
    }

    private int element(String id) {
        Integer node = elementsById.get(id);
        if (node == null) {
            throw new IllegalStateException("No element \"" + id + "\" on the page");
        }
        return node;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        if (sessionCookie != null) {
            request.header("Cookie", sessionCookie);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.header("Accept-Language", "en-GB").build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            // Signing in gives the session a new id (so an id seen before sign-in is worthless).
            response.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("JSESSIONID="))
                    .findFirst().ifPresent(cookie -> sessionCookie = cookie.substring(0, cookie.indexOf(';')));
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
