package scot.sds.portal.providers.openreferral;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import scot.sds.portal.providers.TheSampleDirectory;
import scot.sds.portal.support.PortalTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every answer of the API is valid against the published HSDS 3.0 definition: the root, every page of the whole
 * sample directory, filtered, last and empty pages, and each service on the first pages in full, from the Care
 * Inspectorate and from the Open Referral directory alike. Any problem the validator finds is printed.
 */
@PortalTest
class OpenReferralSchemaApiTest {

    @LocalServerPort
    int port;

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
    void the_root_is_valid() {
        JsonNode root = api.json("/");

        assertValid(HsdsSchemas.ROOT, root, "/");
        assertThat(root.path("version").asString()).isEqualTo("3.0");
    }

    @Test
    void every_page_of_the_whole_directory_is_a_valid_page_of_services() {
        JsonNode first = api.json("/services?per_page=100");
        int pages = first.path("total_pages").asInt();
        assertThat(pages).isGreaterThan(20);
        Set<String> ids = new HashSet<>();
        for (int page = 1; page <= pages; page++) {
            JsonNode services = api.json("/services?per_page=100&page=" + page);
            assertValid(HsdsSchemas.SERVICE_LIST, services, "page " + page);
            services.path("contents").forEach(service -> ids.add(service.path("id").asString()));
        }
        assertThat(ids).hasSize(first.path("total_items").asInt());
    }

    @Test
    void every_service_on_the_first_pages_is_valid_in_full_from_both_sources() {
        List<JsonNode> services = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            for (JsonNode listed : api.json("/services?per_page=100&page=" + page).path("contents")) {
                String path = "/services/" + listed.path("id").asString();
                JsonNode service = api.json(path);
                assertValid(HsdsSchemas.SERVICE, service, path);
                services.add(service);
            }
        }
        assertThat(services).hasSize(300).anyMatch(OpenReferralSchemaApiTest::graded)
                .anyMatch(service -> !graded(service));
    }

    @Test
    void whole_services_of_each_source_are_valid_in_a_list_and_alone() {
        // Care homes are registered with the Care Inspectorate, most of them graded; advocacy comes from the community
        // directory, never graded.
        for (String kind : List.of("care-home", "advocacy", "pa-register", "care-at-home")) {
            JsonNode page = api.json("/services?full=true&per_page=50&service_type=" + kind);
            assertValid(HsdsSchemas.SERVICE_LIST, page, kind);
            assertThat(page.path("contents").size()).isPositive();
            for (JsonNode service : page.path("contents")) {
                assertValid(HsdsSchemas.SERVICE, service, kind + " " + service.path("id").asString());
            }
        }
        assertThat(api.json("/services?full=true&per_page=50&service_type=care-home").path("contents"))
                .anyMatch(OpenReferralSchemaApiTest::graded);
        assertThat(api.json("/services?full=true&per_page=50&service_type=advocacy").path("contents"))
                .noneMatch(OpenReferralSchemaApiTest::graded);
    }

    @Test
    void filtered_last_and_empty_pages_are_valid() {
        String filtered = "/services?council_area=Renfrewshire&client_group=older-people&minimum_grade=4";
        JsonNode first = api.json(filtered);
        assertValid(HsdsSchemas.SERVICE_LIST, first, filtered);
        int last = first.path("total_pages").asInt();
        assertThat(last).isGreaterThan(1);
        JsonNode lastPage = api.json(filtered + "&page=" + last);
        assertValid(HsdsSchemas.SERVICE_LIST, lastPage, "last page");
        assertThat(lastPage.path("last_page").asBoolean()).isTrue();
        JsonNode empty = api.json("/services?search=zzzzqqqq");
        assertValid(HsdsSchemas.SERVICE_LIST, empty, "no services");
        assertThat(empty.path("empty").asBoolean()).isTrue();
        JsonNode beyond = api.json(filtered + "&page=" + (last + 1));
        assertValid(HsdsSchemas.SERVICE_LIST, beyond, "beyond the last page");
    }

    @Test
    void the_validator_finds_what_is_wrong() {
        JsonNode service = api.json("/services?per_page=1&full=true").path("contents").get(0);
        ObjectNode broken = (ObjectNode) service.deepCopy();
        broken.put("id", "not-a-uuid");
        broken.put("url", "not a web address");
        broken.remove("status");

        List<String> problems = HsdsSchemas.problems(HsdsSchemas.SERVICE, broken);
        assertThat(problems).hasSize(3).anyMatch(problem -> problem.contains("uuid"))
                .anyMatch(problem -> problem.contains("uri")).anyMatch(problem -> problem.contains("status"));
    }

    /** Whether a service carries Care Inspectorate grades, which only registered services have. */
    private static boolean graded(JsonNode service) {
        for (JsonNode attribute : service.path("attributes")) {
            if (attribute.has("value")) {
                return true;
            }
        }
        return false;
    }

    private static void assertValid(Schema schema, JsonNode json, String what) {
        List<String> problems = HsdsSchemas.problems(schema, json);
        problems.forEach(problem -> System.out.println(what + ": " + problem));
        assertThat(problems).as("%s against the HSDS 3.0 schema", what).isEmpty();
    }
}
