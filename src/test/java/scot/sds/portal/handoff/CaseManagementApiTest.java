package scot.sds.portal.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static scot.sds.portal.support.People.consent;
import static scot.sds.portal.support.People.signIn;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import scot.sds.portal.access.AccessGuard;
import scot.sds.portal.access.HelperRole;
import scot.sds.portal.access.RelationshipService;
import scot.sds.portal.access.Scope;
import scot.sds.portal.account.AccountService;
import scot.sds.portal.account.AccountSummary;
import scot.sds.portal.account.Role;
import scot.sds.portal.assessment.AnswerInput;
import scot.sds.portal.assessment.AnswerKind;
import scot.sds.portal.assessment.AssessmentService;
import scot.sds.portal.assessment.Voice;
import scot.sds.portal.options.OptionPreferenceService;
import scot.sds.portal.options.Preference;
import scot.sds.portal.outcomes.NationalOutcome;
import scot.sds.portal.outcomes.OutcomeDraft;
import scot.sds.portal.outcomes.OutcomeService;
import scot.sds.portal.outcomes.Priority;
import scot.sds.portal.providers.DirectorySearch;
import scot.sds.portal.providers.ServiceQuery;
import scot.sds.portal.providers.ServiceSummary;
import scot.sds.portal.providers.ShortlistService;
import scot.sds.portal.providers.TheSampleDirectory;
import scot.sds.portal.shared.Sha256;
import scot.sds.portal.support.People;
import scot.sds.portal.support.PortalTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The case-management API over HTTP against the running portal, as the council's system uses it: every export
 * follows the schema in the repository and carries its pack exactly as stored, pages walk every submission in order
 * once each (even two sent in the same microsecond), and what it cannot do it refuses in JSON. Nobody but the
 * system gets in: not without credentials, not with a wrong secret, not with a portal account's password.
 */
@PortalTest
class CaseManagementApiTest {

    private static final ServiceQuery ANYTHING = new ServiceQuery(null, null, Set.of(), Set.of(), null, false, false,
            null, false, false, null, 0);

    @LocalServerPort
    int port;

    @Autowired
    SubmissionService submissions;

    @Autowired
    AssessmentService assessments;

    @Autowired
    OutcomeService outcomes;

    @Autowired
    OptionPreferenceService preferences;

    @Autowired
    ShortlistService shortlist;

    @Autowired
    DirectorySearch directory;

    @Autowired
    AccountService accounts;

    @Autowired
    RelationshipService relationships;

    @Autowired
    JdbcTemplate database;

    @Autowired
    ApplicationContext context;

    private People people;
    private CaseManagementClient api;

    @BeforeEach
    void theSystem() {
        people = new People(accounts, relationships);
        api = new CaseManagementClient(port);
    }

    @AfterEach
    void signOut() {
        People.signOut();
    }

    @Test
    void every_export_listed_or_fetched_follows_the_schema_with_its_pack_as_stored() {
        List<String> sent = List.of(sendEverything("Morag"), sendOneAnswer("Iain", submissions));

        List<JsonNode> listed = new ArrayList<>();
        walk(100, page -> {
            assertThat(ExportSchema.problems(ExportSchema.PAGE, page)).isEmpty();
            page.path("submissions").forEach(listed::add);
        });
        assertThat(listed).hasSize(submissionsStored());
        for (JsonNode export : listed) {
            assertThat(ExportSchema.problems(ExportSchema.EXPORT, export)).as(export.path("reference").asString())
                    .isEmpty();
        }

        for (String reference : sent) {
            HttpResponse<String> response = api.get("/submissions/" + reference);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(cache ->
                    assertThat(cache).contains("no-store"));
            assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
            JsonNode export = CaseManagementClient.read(response);
            assertThat(ExportSchema.problems(ExportSchema.EXPORT, export)).isEmpty();
            assertThat(listed).contains(export);

            String stored = database.queryForObject("select pack from submission where reference = ?", String.class,
                    reference);
            assertThat(export.path("exportFormat").asInt()).isEqualTo(1);
            assertThat(export.path("reference").asString()).isEqualTo(reference);
            assertThat(export.path("version").asInt()).isEqualTo(1);
            assertThat(export.path("packSha256").asString()).isEqualTo(Sha256.hex(stored)).isEqualTo(
                    database.queryForObject("select pack_sha256 from submission where reference = ?", String.class,
                            reference));
            // The pack is the stored text byte for byte, so the digest holds for what the receiver reads.
            assertThat(response.body()).contains("\"pack\":" + stored);
            assertThat(export.path("pack").path("reference").asString()).isEqualTo(reference);
            assertThat(Instant.parse(export.path("sentAt").asString())).isEqualTo(
                    Instant.parse(export.path("pack").path("sentAt").asString()).truncatedTo(ChronoUnit.MICROS));
        }

        JsonNode everything = api.json("/submissions/" + sent.getFirst()).path("pack");
        assertThat(everything.path("sentBy").path("actedAs").asString()).isEqualTo("CARER");
        assertThat(everything.path("helpers").size()).isEqualTo(2);
        assertThat(everything.path("shortlist").size()).isEqualTo(2);
        assertThat(everything.path("outcomes").size()).isEqualTo(2);
        assertThat(everything.path("preference").path("budgetShown").path("ranges").size()).isPositive();
    }

    @Test
    void a_broken_export_fails_the_schema() {
        JsonNode valid = api.json("/submissions/" + sendEverything("Eilidh"));
        assertThat(ExportSchema.problems(ExportSchema.EXPORT, valid)).isEmpty();

        List<Consumer<ObjectNode>> breakages = List.of(
                export -> export.remove("packSha256"),
                export -> export.put("exportFormat", 2),
                export -> export.put("reference", "SDS-0000-OOOO"),
                export -> export.put("sentAt", "yesterday"),
                export -> export.put("packSha256", "ABC"),
                export -> export.put("somethingElse", true),
                export -> ((ObjectNode) export.path("pack").path("sentBy")).put("actedAs", "NEIGHBOUR"),
                export -> ((ObjectNode) export.path("pack").path("answers").get(0).path("ownWords"))
                        .put("givenAt", "2026-13-01T00:00:00Z"),
                export -> ((ObjectNode) export.path("pack").path("helpers").get(0)).put("legalExpires", "31/12/2030"),
                export -> ((ObjectNode) export.path("pack").path("preference")).put("option", "OPTION_5"),
                export -> ((ObjectNode) export.path("pack")).remove("helpers"));
        for (Consumer<ObjectNode> breakage : breakages) {
            ObjectNode broken = (ObjectNode) valid.deepCopy();
            breakage.accept(broken);
            assertThat(ExportSchema.problems(ExportSchema.EXPORT, broken)).as(broken.toString()).isNotEmpty();
        }
        ObjectNode brokenPage = (ObjectNode) api.json("/submissions?limit=1").deepCopy();
        brokenPage.remove("next");
        assertThat(ExportSchema.problems(ExportSchema.PAGE, brokenPage)).isNotEmpty();
    }

    @Test
    void one_at_a_time_the_pages_walk_every_submission_in_order_once_even_two_sent_in_the_same_microsecond() {
        sendOneAnswer("Calum", submissions);
        SubmissionService stoppedClock = sendingAt(Instant.now().truncatedTo(ChronoUnit.MICROS));
        String first = sendOneAnswer("Ailsa", stoppedClock);
        String second = sendOneAnswer("Rory", stoppedClock);

        List<String> walked = new ArrayList<>();
        JsonNode last = walk(1, page -> {
            assertThat(page.path("submissions").size()).isEqualTo(1);
            walked.add(page.path("submissions").get(0).path("reference").asString());
        });

        assertThat(walked).doesNotHaveDuplicates().containsExactlyElementsOf(database.queryForList(
                "select reference from submission order by submitted_at, id", String.class));
        assertThat(walked.indexOf(second)).isEqualTo(walked.indexOf(first) + 1);
        assertThat(database.queryForObject("select count(distinct submitted_at) from submission where reference in "
                + "(?, ?)", Integer.class, first, second)).isEqualTo(1);

        // Polling from the last page's next finds nothing new, then exactly what is sent afterwards.
        String next = last.path("next").asString();
        JsonNode nothingNew = api.json("/submissions?after=" + next);
        assertThat(nothingNew.path("submissions").size()).isZero();
        assertThat(nothingNew.path("more").asBoolean()).isFalse();
        assertThat(nothingNew.path("next").asString()).isEqualTo(next);
        String later = sendOneAnswer("Kirsty", submissions);
        assertThat(api.json("/submissions?after=" + next).path("submissions")).singleElement()
                .satisfies(export -> assertThat(export.path("reference").asString()).isEqualTo(later));
    }

    @Test
    void since_gives_what_was_sent_after_that_moment_and_no_limit_gives_fifty() {
        String before = sendOneAnswer("Fiona", submissions);
        String after = sendOneAnswer("Angus", submissions);
        Instant sentBefore = Instant.parse(api.json("/submissions/" + before).path("sentAt").asString());

        List<String> since = references(api.json("/submissions?limit=100&since=" + sentBefore));
        assertThat(since).doesNotContain(before).contains(after);
        List<String> inOrder = database.queryForList("select reference from submission order by submitted_at, id",
                String.class);
        assertThat(since).containsExactlyElementsOf(inOrder.subList(inOrder.indexOf(before) + 1,
                Math.min(inOrder.size(), inOrder.indexOf(before) + 101)));
        String sameMomentElsewhere = sentBefore.atOffset(ZoneOffset.ofHours(1)).toString().replace("+", "%2B");
        assertThat(references(api.json("/submissions?limit=100&since=" + sameMomentElsewhere))).isEqualTo(since);
        assertThat(references(api.json("/submissions?limit=100&since=" + sentBefore.minusNanos(1000))))
                .startsWith(before);

        JsonNode future = api.json("/submissions?since=2999-01-01T00:00:00Z");
        assertThat(future.path("submissions").size()).isZero();
        assertThat(future.path("more").asBoolean()).isFalse();
        assertThat(future.path("next").asString()).isNotBlank();

        for (int count = submissionsStored(); count <= 50; count++) {
            sendOneAnswer("Person" + count, submissions);
        }
        JsonNode firstPage = api.json("/submissions");
        assertThat(firstPage.path("submissions").size()).isEqualTo(50);
        assertThat(firstPage.path("more").asBoolean()).isTrue();
    }

    @Test
    void the_schema_is_served_as_it_is_in_the_repository() {
        HttpResponse<String> schema = api.get("/schema");

        assertThat(schema.statusCode()).isEqualTo(200);
        assertThat(schema.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/schema+json"));
        assertThat(schema.body()).isEqualTo(ExportSchema.text());
    }

    @Test
    void nobody_but_the_system_gets_in_and_is_told_how_to_sign_in() {
        String reference = sendOneAnswer("Shona", submissions);
        List<String[]> strangers = List.of(
                new String[] {},
                new String[] {"Authorization", CaseManagementClient.basic(CaseManagementClient.CLIENT_ID, "guess")},
                new String[] {"Authorization", CaseManagementClient.basic(CaseManagementClient.CLIENT_ID, "")},
                new String[] {"Authorization", CaseManagementClient.basic("someone-else", CaseManagementClient.SECRET)},
                new String[] {"Authorization", CaseManagementClient.basic("sam.reid@example.org",
                        "portal-sample-2026")},
                new String[] {"Authorization", "Bearer " + CaseManagementClient.SECRET},
                new String[] {"Authorization", "Basic not-base-64"});
        for (String[] stranger : strangers) {
            for (String path : List.of("/submissions", "/submissions/" + reference, "/schema", "/elsewhere")) {
                HttpResponse<String> refused = api.send("GET", path, stranger);

                assertThat(refused.statusCode()).as("%s %s", path, List.of(stranger)).isEqualTo(401);
                assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(challenge ->
                        assertThat(challenge).startsWith("Basic realm="));
                assertThat(refused.headers().firstValue("Set-Cookie")).isEmpty();
                assertProblem(refused, 401);
                assertThat(refused.body()).doesNotContain(reference);
            }
        }
    }

    @Test
    void any_method_but_get_is_not_allowed_whoever_asks() {
        String reference = sendOneAnswer("Donald", submissions);
        String signedIn = CaseManagementClient.basic(CaseManagementClient.CLIENT_ID, CaseManagementClient.SECRET);
        for (String method : List.of("POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS")) {
            for (String path : List.of("/submissions", "/submissions/" + reference)) {
                for (String[] headers : List.of(new String[] {}, new String[] {"Authorization", signedIn})) {
                    HttpResponse<String> refused = api.send(method, path, headers);

                    assertThat(refused.statusCode()).as("%s %s", method, path).isEqualTo(405);
                    assertThat(refused.headers().firstValue("Allow")).hasValue("GET");
                }
            }
        }
        assertProblem(api.send("DELETE", "/submissions/" + reference), 405);
        assertThat(api.json("/submissions/" + reference).path("reference").asString()).isEqualTo(reference);
    }

    @ParameterizedTest
    @ValueSource(strings = {"since=yesterday", "since=2026-04-01", "since=2026-04-01T09:00:00", "since=",
            "limit=0", "limit=101", "limit=-1", "limit=ten", "limit=99999999999", "limit=1&limit=2",
            "after=not-a-cursor", "after=", "since=2026-04-01T09:00:00Z&after=MjAyNi0wNC0wMVQwOTowMDowMFovMQ",
            "sinse=2026-04-01T09:00:00Z", "page=2"})
    void a_bad_parameter_is_refused_with_a_small_json_error(String parameters) {
        HttpResponse<String> refused = api.get("/submissions?" + parameters);

        JsonNode problem = assertProblem(refused, 400);
        assertThat(parameters).contains(problem.path("parameter").asString() + "=");
    }

    @Test
    void an_unknown_reference_or_address_is_not_found() {
        for (String path : List.of("/submissions/SDS-2222-2222", "/submissions/nonsense", "/elsewhere", "",
                "/submissions/SDS-2222-2222/pack")) {
            assertProblem(api.get(path), 404);
        }
    }

    /** Walks every page from the start, handing each to the check; returns the last. */
    private JsonNode walk(int limit, Consumer<JsonNode> check) {
        JsonNode page = api.json("/submissions?limit=" + limit);
        check.accept(page);
        while (page.path("more").asBoolean()) {
            page = api.json("/submissions?limit=" + limit + "&after=" + page.path("next").asString());
            check.accept(page);
        }
        return page;
    }

    private int submissionsStored() {
        return database.queryForObject("select count(*) from submission", Integer.class);
    }

    /**
     * A person with a carer who sends and an advocate, answers of every kind from both, outcomes, a preference with
     * the budget shown and a shortlist: the pack with as much in it as the portal puts there.
     */
    private String sendEverything(String name) {
        AccountSummary person = people.account(name, Role.PERSON);
        AccountSummary carer = people.account(name + "sCarer", Role.CARER);
        AccountSummary advocate = people.account(name + "sAdvocate", Role.ADVOCATE);
        people.helps(carer, person, consent(HelperRole.CARER, Scope.ANSWER, Scope.SUBMIT));
        people.helps(advocate, person, consent(HelperRole.ADVOCATE, Scope.VIEW));
        signIn(person);
        assessments.answer(person.id(), "preferred-name", Voice.OWN_WORDS, AnswerInput.of("Mo – \"Morag\" 😊"));
        assessments.answer(person.id(), "date-of-birth", Voice.OWN_WORDS,
                AnswerInput.instead(AnswerKind.RATHER_NOT_SAY));
        assessments.answer(person.id(), "unpaid-carer", Voice.OWN_WORDS, AnswerInput.of("yes"));
        assessments.answer(person.id(), "carer-hours", Voice.OWN_WORDS, AnswerInput.of("35"));
        assessments.answer(person.id(), "communication", Voice.OWN_WORDS, AnswerInput.of("speaking", "easy-read"));
        assessments.answer(person.id(), "personal-care", Voice.OWN_WORDS, AnswerInput.of("some-days"));
        assertThat(outcomes.save(person.id(), Optional.empty(), new OutcomeDraft("feeling-safe", "Safe at night",
                Priority.VERY_IMPORTANT, "I sleep through", EnumSet.noneOf(NationalOutcome.class)), Voice.OWN_WORDS))
                .isEmpty();
        assertThat(outcomes.save(person.id(), Optional.empty(), new OutcomeDraft(null, "Get to the shinty",
                Priority.IMPORTANT, null, EnumSet.of(NationalOutcome.SOCIAL_INCLUSION, NationalOutcome.WELLBEING)),
                Voice.OWN_WORDS)).isEmpty();
        preferences.choose(person.id(), Preference.OPTION_2, "Someone else holds the money");
        for (ServiceSummary service : someServices()) {
            shortlist.add(person.id(), service.id());
        }
        signIn(carer);
        assessments.answer(person.id(), "personal-care", Voice.HELPER_VIEW, AnswerInput.of("every-day"));
        assessments.answer(person.id(), "nights", Voice.HELPER_VIEW, AnswerInput.instead(AnswerKind.DONT_KNOW));
        String reference = submissions.send(person.id(), Locale.ENGLISH).sent().orElseThrow().reference();
        People.signOut();
        return reference;
    }

    /** A person who answers one question and sends it themselves, through the service given. */
    private String sendOneAnswer(String name, SubmissionService through) {
        AccountSummary person = people.account(name, Role.PERSON);
        signIn(person);
        assessments.answer(person.id(), "feel-safe", Voice.OWN_WORDS, AnswerInput.of("mostly"));
        String reference = through.send(person.id(), Locale.ENGLISH).sent().orElseThrow().reference();
        People.signOut();
        return reference;
    }

    private List<ServiceSummary> someServices() {
        if (directory.everyMatch(ANYTHING).isEmpty()) {
            TheSampleDirectory.putBack(context);
        }
        return directory.everyMatch(ANYTHING).stream().limit(2).toList();
    }

    /** The portal's own way of sending, with its clock stopped, so that everything sent through it is sent at once. */
    private SubmissionService sendingAt(Instant moment) {
        return new SubmissionService(context.getBean(AccessGuard.class), assessments, accounts,
                context.getBean(HandOffPacks.class), context.getBean(References.class),
                context.getBean(SubmissionRepository.class), context.getBean(CaseSteps.class),
                context.getBean(CaseFlags.class),
                new ClassPathResource("handoff/timescales.json"), Clock.fixed(moment, ZoneOffset.UTC));
    }

    private static List<String> references(JsonNode page) {
        List<String> references = new ArrayList<>();
        page.path("submissions").forEach(export -> references.add(export.path("reference").asString()));
        return references;
    }

    /** A problem detail: JSON with the status and a reason, and nothing of the portal's insides. */
    private static JsonNode assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).doesNotContain("Exception", "\tat ", "java.", "scot.sds", "trace");
        JsonNode problem = CaseManagementClient.read(response);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("detail").asString()).isNotBlank();
        return problem;
    }
}
