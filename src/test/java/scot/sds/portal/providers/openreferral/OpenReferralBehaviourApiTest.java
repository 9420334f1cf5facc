package scot.sds.portal.providers.openreferral;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import scot.sds.portal.providers.ClientGroup;
import scot.sds.portal.providers.DirectorySearch;
import scot.sds.portal.providers.OpenReferralReader;
import scot.sds.portal.providers.ServiceKind;
import scot.sds.portal.providers.ServiceQuery;
import scot.sds.portal.providers.ServiceRecord;
import scot.sds.portal.providers.ServiceSummary;
import scot.sds.portal.providers.TheSampleDirectory;
import scot.sds.portal.support.PortalTest;
import tools.jackson.databind.JsonNode;

/**
 * What the API does, over HTTP against the running portal and the sample directory, signed in as no one: its filters
 * find what the portal's own search finds, its pages follow one another, a service listed is found by its id, and
 * what it cannot do it refuses with a small JSON error, never a stack trace.
 */
@PortalTest
class OpenReferralBehaviourApiTest {

    private static final ServiceQuery ANYTHING = new ServiceQuery(null, null, Set.of(), Set.of(), null, false, false,
            null, false, false, null, 0);

    @LocalServerPort
    int port;

    @Autowired
    DirectorySearch directory;

    @Autowired
    ApplicationContext context;

    ApiClient api;

    @BeforeAll
    static void theSampleDirectory(@Autowired ApplicationContext context) {
        TheSampleDirectory.putBack(context);
    }

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void the_root_names_hsds_3_0_and_its_definition() {
        JsonNode root = api.json("/");

        assertThat(root.path("version").asString()).isEqualTo("3.0");
        assertThat(root.path("openapi_url").asString())
                .isEqualTo("https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json");
        assertThat(root.path("profile").asString()).startsWith("https://");
        assertThat(api.json("").path("version").asString()).isEqualTo("3.0");
    }

    @Test
    void the_list_holds_every_service_people_can_find_in_name_order_once_each() {
        List<ServiceSummary> expected = directory.everyMatch(ANYTHING);
        List<String> names = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        JsonNode first = api.json("/services?per_page=100");
        for (int page = 1; page <= first.path("total_pages").asInt(); page++) {
            for (JsonNode service : api.json("/services?per_page=100&page=" + page).path("contents")) {
                names.add(service.path("name").asString());
                ids.add(service.path("id").asString());
            }
        }

        assertThat(first.path("total_items").asInt()).isEqualTo(expected.size()).isEqualTo(
                directory.search(ANYTHING).total());
        assertThat(names).containsExactlyElementsOf(expected.stream().map(service -> service.record().name())
                .toList());
        assertThat(ids).hasSize(expected.size()).containsAll(expected.stream()
                .map(service -> service.record().stableId().toString()).toList());
    }

    @Test
    void pages_follow_one_another_with_their_counts() {
        int total = directory.search(ANYTHING).total();
        JsonNode one = api.json("/services?per_page=10");
        JsonNode two = api.json("/services?per_page=10&page=2");
        int pages = (total + 9) / 10;
        JsonNode last = api.json("/services?per_page=10&page=" + pages);
        JsonNode beyond = api.json("/services?per_page=10&page=" + (pages + 1));

        assertPage(one, total, pages, 1, 10, true, false);
        assertPage(two, total, pages, 2, 10, false, false);
        assertThat(ids(two)).doesNotContainAnyElementsOf(ids(one));
        assertPage(last, total, pages, pages, total - 10 * (pages - 1), false, true);
        assertPage(beyond, total, pages, pages + 1, 0, false, true);
        assertThat(beyond.path("empty").asBoolean()).isTrue();
        assertThat(api.json("/services").path("size").asInt()).isEqualTo(ServiceListRequest.DEFAULT_PER_PAGE);
        assertThat(api.json("/services?per_page=5000").path("size").asInt())
                .isEqualTo(ServiceListRequest.MOST_PER_PAGE);
    }

    @Test
    void each_filter_finds_what_the_portals_own_search_finds() {
        Map<String, ServiceQuery> filters = Map.of(
                "council_area=Renfrewshire", query("Renfrewshire", null, Set.of(), Set.of(), null, null),
                "service_type=care-home,CARE_AT_HOME", query(null, null, Set.of(ServiceKind.CARE_HOME,
                        ServiceKind.CARE_AT_HOME), Set.of(), null, null),
                "client_group=dementia&client_group=carers", query(null, null, Set.of(), Set.of(ClientGroup.DEMENTIA,
                        ClientGroup.CARERS), null, null),
                "minimum_grade=5", query(null, null, Set.of(), Set.of(), 5, null),
                "search=peer%20suport", query(null, null, Set.of(), Set.of(), null, "peer suport"),
                "town=Paisley&service_type=day-care", query(null, "Paisley", Set.of(ServiceKind.DAY_CARE), Set.of(),
                        null, null),
                "language=GD", new ServiceQuery(null, null, Set.of(), Set.of(), null, false, false, "gd", false,
                        false, null, 0),
                "takes_direct_payments=true&weekends=true", new ServiceQuery(null, null, Set.of(), Set.of(), null,
                        true, false, null, false, true, null, 0),
                "offers_individual_service_funds=true&out_of_hours=true", new ServiceQuery(null, null, Set.of(),
                        Set.of(), null, false, true, null, true, false, null, 0));
        filters.forEach((parameters, query) -> {
            int expected = directory.search(query).total();
            assertThat(expected).as(parameters).isPositive().isLessThan(directory.search(ANYTHING).total());
            assertThat(api.json("/services?" + parameters).path("total_items").asInt()).as(parameters)
                    .isEqualTo(expected);
        });
    }

    @Test
    void a_council_area_gives_only_its_services_and_a_postcode_district_only_its_own() {
        JsonNode renfrewshire = api.json("/services?council_area=renfrewshire&full=true&per_page=100");
        assertThat(renfrewshire.path("contents").size()).isPositive();
        for (JsonNode service : renfrewshire.path("contents")) {
            assertThat(service.path("service_areas").get(0).path("name").asString()).isEqualTo("Renfrewshire");
        }

        String postcode = renfrewshire.path("contents").get(0).path("service_at_locations").get(0).path("location")
                .path("addresses").get(0).path("postal_code").asString();
        String district = postcode.split(" ")[0];
        JsonNode near = api.json("/services?full=true&per_page=100&postcode=" + postcode.replace(" ", "%20"));
        assertThat(near.path("total_items").asInt()).isEqualTo(directory.search(query(null, district, Set.of(),
                Set.of(), null, null)).total());
        for (JsonNode service : near.path("contents")) {
            assertThat(service.path("service_at_locations").get(0).path("location").path("addresses").get(0)
                    .path("postal_code").asString()).startsWith(district + " ");
        }
    }

    @Test
    void a_taxonomy_term_from_a_service_finds_the_services_with_it() {
        JsonNode advocacy = api.json("/services?service_type=advocacy&per_page=1&full=true");
        JsonNode term = advocacy.path("contents").get(0).path("attributes").get(0).path("taxonomy_term");
        assertThat(term.path("code").asString()).isEqualTo("advocacy");

        JsonNode found = api.json("/services?taxonomy_term_id=" + term.path("id").asString());

        assertThat(found.path("total_items").asInt()).isEqualTo(advocacy.path("total_items").asInt());
        assertThat(api.json("/services?taxonomy_term_id=" + UUID.randomUUID()).path("total_items").asInt()).isZero();
        assertThat(api.json("/services?service_type=care-home&taxonomy_term_id=" + term.path("id").asString())
                .path("total_items").asInt()).isZero();
    }

    @Test
    void modified_after_keeps_services_changed_since() {
        int total = directory.search(ANYTHING).total();

        assertThat(api.json("/services?modified_after=2000-01-01").path("total_items").asInt()).isEqualTo(total);
        assertThat(api.json("/services?modified_after=2999-01-01T00:00:00Z").path("total_items").asInt()).isZero();
    }

    @Test
    void a_listed_service_is_found_by_its_id_in_full() {
        for (JsonNode listed : api.json("/services?per_page=30&page=3").path("contents")) {
            JsonNode service = api.json("/services/" + listed.path("id").asString());

            assertThat(service.path("id").asString()).isEqualTo(listed.path("id").asString());
            assertThat(service.path("name").asString()).isEqualTo(listed.path("name").asString());
            assertThat(service.path("attributes").size()).isPositive();
        }
    }

    @Test
    void what_the_api_writes_the_portals_own_importer_reads_back_as_the_same_services() {
        for (String kind : List.of("care-home", "care-at-home", "advocacy", "community-group", "pa-register")) {
            HttpResponse<String> page = api.get("/services?full=true&per_page=100&service_type=" + kind);
            List<ServiceRecord> read = OpenReferralReader.read(page.body().getBytes(StandardCharsets.UTF_8));
            assertThat(read).as(kind).isNotEmpty();
            for (ServiceRecord again : read) {
                ServiceRecord original = directory.findable(UUID.fromString(again.sourceId())).orElseThrow().record();
                // What HSDS carries as it is; times of day and grades are said in ways the importer does not read.
                assertThat(again).usingRecursiveComparison().comparingOnlyFields("name", "description",
                        "providerName", "kind", "clientGroups", "councilArea", "town", "postcode", "address",
                        "takesDirectPayments", "offersIndividualServiceFunds", "languages", "phone", "email",
                        "website", "cost", "active").isEqualTo(original);
            }
        }
    }

    @Test
    void a_service_kept_from_the_open_referral_directory_keeps_its_id_there() {
        JsonNode advocacy = api.json("/services?service_type=advocacy&per_page=1").path("contents").get(0);

        assertThat(advocacy.path("id").asString()).startsWith("00000000-5a3e-4e00-8000-");
    }

    @Test
    void an_unknown_inactive_or_malformed_id_is_not_found() {
        List<UUID> unfindable = TheSampleDirectory.unfindable(context);
        assertThat(unfindable).hasSizeGreaterThan(100);
        for (String id : List.of(UUID.randomUUID().toString(), unfindable.getFirst().toString(),
                unfindable.getLast().toString(), "not-an-id")) {
            HttpResponse<String> response = api.get("/services/" + id);

            assertThat(response.statusCode()).as(id).isEqualTo(404);
            assertProblem(response, 404);
        }
        assertProblem(api.get("/organizations"), 404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"page=0", "page=two", "per_page=0", "per_page=-5", "minimum_grade=7",
            "service_type=spaceship", "service_type=other", "client_group=everyone", "takes_direct_payments=maybe",
            "modified_after=yesterday", "modified_after=2025-13-01", "postcode=Paisley", "postcode=PA1&town=Paisley",
            "language=english", "taxonomy_term_id=nope", "organization_id=x", "taxonomy_id=y", "format=ndjson",
            "page=1&page=2", "per_page=99999999999"})
    void a_bad_parameter_is_refused_with_a_small_json_error(String parameters) {
        HttpResponse<String> response = api.get("/services?" + parameters);

        assertThat(response.statusCode()).as(parameters).isEqualTo(400);
        JsonNode problem = assertProblem(response, 400);
        assertThat(parameters).contains(problem.path("parameter").asString() + "=");
    }

    @Test
    void anyone_may_read_it_from_any_web_page_and_no_one_may_change_it() {
        HttpResponse<String> read = api.get("/services", "Origin", "https://directory.example.org");
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(read.headers().firstValue("Set-Cookie")).isEmpty();
        HttpResponse<String> preflight = api.send("OPTIONS", "/services", "Origin", "https://directory.example.org",
                "Access-Control-Request-Method", "GET");
        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");

        for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
            HttpResponse<String> change = api.sendJson(method, "/services");
            assertThat(change.statusCode()).as(method).isEqualTo(405);
        }
        assertThat(directory.search(ANYTHING).total()).isEqualTo(api.json("/services").path("total_items").asInt());
    }

    private static ServiceQuery query(String councilArea, String place, Set<ServiceKind> kinds,
            Set<ClientGroup> groups, Integer minimumGrade, String text) {
        return new ServiceQuery(councilArea, place, kinds, groups, minimumGrade, false, false, null, false, false,
                text, 0);
    }

    private static void assertPage(JsonNode page, int total, int pages, int number, int size, boolean first,
            boolean last) {
        assertThat(page.path("total_items").asInt()).isEqualTo(total);
        assertThat(page.path("total_pages").asInt()).isEqualTo(pages);
        assertThat(page.path("page_number").asInt()).isEqualTo(number);
        assertThat(page.path("size").asInt()).isEqualTo(size);
        assertThat(page.path("contents").size()).isEqualTo(size);
        assertThat(page.path("first_page").asBoolean()).isEqualTo(first);
        assertThat(page.path("last_page").asBoolean()).isEqualTo(last);
        assertThat(page.path("empty").asBoolean()).isEqualTo(size == 0);
    }

    private static Set<String> ids(JsonNode page) {
        Set<String> ids = new HashSet<>();
        page.path("contents").forEach(service -> ids.add(service.path("id").asString()));
        return ids;
    }

    /** A problem detail: JSON with the status and a reason, and nothing of the portal's insides. */
    private static JsonNode assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).doesNotContain("Exception", "\tat ", "java.", "scot.sds", "trace");
        JsonNode problem = ApiClient.read(response);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("detail").asString()).isNotBlank();
        return problem;
    }
}
