package scot.sds.portal.providers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Search by each filter, alone and together; words found despite typing mistakes and accents; grades held to the
 * minimum on every key question; inactive and children's services never found; pages of 20 in name order.
 */
class DirectoryIndexTest {

    private static final Map<KeyQuestion, Integer> GOOD = Map.of(KeyQuestion.WELLBEING, 5, KeyQuestion.STAFF_TEAM, 4);

    private final List<ServiceSummary> services = new ArrayList<>();

    @Test
    void each_filter_narrows_the_services_found() {
        add(care("CS1", "Birch Court Care Home", ServiceKind.CARE_HOME, "Renfrewshire", "Paisley", "PA1 2AB",
                Set.of(ClientGroup.OLDER_PEOPLE, ClientGroup.DEMENTIA), GOOD));
        add(care("CS2", "Riverside Care at Home", ServiceKind.CARE_AT_HOME, "Renfrewshire", "Renfrew", "PA4 0EF",
                Set.of(ClientGroup.LEARNING_DISABILITY), Map.of(KeyQuestion.WELLBEING, 6, KeyQuestion.LEADERSHIP, 3)));
        add(care("CS3", "Ungraded Day Centre", ServiceKind.DAY_CARE, "Glasgow City", "Glasgow", "G12 8QQ",
                Set.of(ClientGroup.OLDER_PEOPLE), Map.of()));
        add(community("c1", "Speak Up Advocacy", ServiceKind.ADVOCACY, "Glasgow City", "Glasgow", "G1 1AA",
                Set.of(ClientGroup.MENTAL_HEALTH), true, false, Set.of("en", "ur"), false, true));
        add(community("c2", "Paisley PA Finder", ServiceKind.PA_REGISTER, "Renfrewshire", "Paisley", "PA2 7QQ",
                Set.of(ClientGroup.OLDER_PEOPLE), true, true, Set.of("en"), true, false));
        DirectoryIndex index = new DirectoryIndex(services);

        // Good or better: a service with a grade of 3, and a registered one not yet graded, are held back.
        assertThat(names(index, query().build())).containsExactly("Birch Court Care Home", "Paisley PA Finder",
                "Speak Up Advocacy");
        assertThat(names(index, query().grade(null).build())).hasSize(5);
        assertThat(names(index, query().grade(3).build())).contains("Riverside Care at Home")
                .doesNotContain("Ungraded Day Centre");
        assertThat(names(index, query().grade(null).area("Renfrewshire").build())).containsExactly(
                "Birch Court Care Home", "Paisley PA Finder", "Riverside Care at Home");
        assertThat(names(index, query().place("paisley").build())).containsExactly("Birch Court Care Home",
                "Paisley PA Finder");
        assertThat(names(index, query().place("pa2 7qq").build())).containsExactly("Paisley PA Finder");
        assertThat(names(index, query().place("PA1").build())).containsExactly("Birch Court Care Home");
        assertThat(names(index, query().grade(null).kinds(ServiceKind.CARE_AT_HOME, ServiceKind.ADVOCACY).build()))
                .containsExactly("Riverside Care at Home", "Speak Up Advocacy");
        assertThat(names(index, query().groups(ClientGroup.DEMENTIA, ClientGroup.MENTAL_HEALTH).build()))
                .containsExactly("Birch Court Care Home", "Speak Up Advocacy");
        assertThat(names(index, query().directPayments().build())).containsExactly("Paisley PA Finder",
                "Speak Up Advocacy");
        assertThat(names(index, query().serviceFunds().build())).containsExactly("Paisley PA Finder");
        assertThat(names(index, query().language("ur").build())).containsExactly("Speak Up Advocacy");
        assertThat(names(index, query().outOfHours().build())).containsExactly("Birch Court Care Home",
                "Paisley PA Finder");
        assertThat(names(index, query().weekends().build())).containsExactly("Birch Court Care Home",
                "Speak Up Advocacy");
        assertThat(names(index, query().area("Renfrewshire").directPayments().build()))
                .containsExactly("Paisley PA Finder");
    }

    @Test
    void words_are_found_despite_typing_mistakes_and_accents() {
        add(care("CS1", "Birch Court Care Home", ServiceKind.CARE_HOME, "Renfrewshire", "Paisley", "PA1 2AB",
                Set.of(), GOOD));
        add(community("c1", "Taigh Càirdeil Befriending", ServiceKind.COMMUNITY_GROUP, "Na h-Eileanan Siar",
                "Stornoway", "HS1 2AA", Set.of(), false, false, Set.of("gd"), false, false));
        add(community("c2", "Riverside Advocacy", ServiceKind.ADVOCACY, "Renfrewshire", "Renfrew", "PA4 1AA",
                Set.of(), false, false, Set.of(), false, false));
        DirectoryIndex index = new DirectoryIndex(services);

        assertThat(names(index, query().text("birch").build())).containsExactly("Birch Court Care Home");
        assertThat(names(index, query().text("brich").build())).as("two letters swapped")
                .containsExactly("Birch Court Care Home");
        assertThat(names(index, query().text("bir").build())).as("the start of a word")
                .containsExactly("Birch Court Care Home");
        assertThat(names(index, query().text("cairdeil").build())).containsExactly("Taigh Càirdeil Befriending");
        assertThat(names(index, query().text("befreinding").build())).as("two mistakes in a long word")
                .containsExactly("Taigh Càirdeil Befriending");
        assertThat(names(index, query().text("advocasy riverside").build())).containsExactly("Riverside Advocacy");
        assertThat(names(index, query().text("advocacy birch").build())).isEmpty();
        assertThat(names(index, query().text("xylophone").build())).isEmpty();
        assertThat(names(index, query().text("  ").build())).hasSize(3);
    }

    @Test
    void inactive_and_childrens_services_are_never_found_and_results_come_in_pages_in_name_order() {
        add(care("CS0", "Closed Home", ServiceKind.CARE_HOME, "Highland", "Inverness", "IV1 1AA", Set.of(), GOOD,
                false));
        add(care("CS00", "Little Steps Childminding", ServiceKind.OTHER, "Highland", "Inverness", "IV1 1AB",
                Set.of(), GOOD, true));
        for (int number = 45; number >= 1; number--) {
            add(community("c" + number, String.format("Group %02d", number), ServiceKind.COMMUNITY_GROUP, "Highland",
                    "Inverness", "IV1 1AA", Set.of(), false, false, Set.of(), false, false));
        }
        DirectoryIndex index = new DirectoryIndex(services);

        SearchResults first = index.search(query().build());
        assertThat(first.total()).isEqualTo(45);
        assertThat(first.pages()).isEqualTo(3);
        assertThat(first.services()).hasSize(20);
        assertThat(first.services().getFirst().record().name()).isEqualTo("Group 01");
        SearchResults last = index.search(query().build().onPage(2));
        assertThat(last.services()).extracting(service -> service.record().name()).containsExactly("Group 41",
                "Group 42", "Group 43", "Group 44", "Group 45");
        assertThat(index.search(query().build().onPage(9)).services()).isEmpty();
    }

    private void add(ServiceRecord record) {
        services.add(new ServiceSummary(services.size() + 1, record, Instant.EPOCH));
    }

    private static List<String> names(DirectoryIndex index, ServiceQuery query) {
        return index.search(query).services().stream().map(service -> service.record().name()).toList();
    }

    private static ServiceRecord care(String id, String name, ServiceKind kind, String area, String town,
            String postcode, Set<ClientGroup> groups, Map<KeyQuestion, Integer> grades) {
        return care(id, name, kind, area, town, postcode, groups, grades, true);
    }

    private static ServiceRecord care(String id, String name, ServiceKind kind, String area, String town,
            String postcode, Set<ClientGroup> groups, Map<KeyQuestion, Integer> grades, boolean active) {
        boolean home = kind == ServiceKind.CARE_HOME;
        return new ServiceRecord(Source.CARE_INSPECTORATE, id, name, null, "Provider of " + name, kind, groups, area,
                town, postcode, null, grades, active, null, null, Set.of(), home, home, null, null, null, null, null,
                null);
    }

    private static ServiceRecord community(String id, String name, ServiceKind kind, String area, String town,
            String postcode, Set<ClientGroup> groups, boolean directPayments, boolean serviceFunds,
            Set<String> languages, boolean outOfHours, boolean weekends) {
        return new ServiceRecord(Source.OPEN_REFERRAL, id, name, "About " + name, null, kind, groups, area, town,
                postcode, null, Map.of(), true, directPayments, serviceFunds, languages, outOfHours, weekends, null,
                null, null, null, null, null);
    }

    private static Builder query() {
        return new Builder();
    }

    /** A query built one filter at a time. */
    private static final class Builder {
        private String area;
        private String place;
        private Set<ServiceKind> kinds = Set.of();
        private Set<ClientGroup> groups = Set.of();
        private Integer grade = ServiceQuery.GOOD;
        private boolean directPayments;
        private boolean serviceFunds;
        private String language;
        private boolean outOfHours;
        private boolean weekends;
        private String text;

        Builder area(String value) { area = value; return this; }
        Builder place(String value) { place = value; return this; }
        Builder kinds(ServiceKind... values) { kinds = Set.of(values); return this; }
        Builder groups(ClientGroup... values) { groups = Set.of(values); return this; }
        Builder grade(Integer value) { grade = value; return this; }
        Builder directPayments() { directPayments = true; return this; }
        Builder serviceFunds() { serviceFunds = true; return this; }
        Builder language(String value) { language = value; return this; }
        Builder outOfHours() { outOfHours = true; return this; }
        Builder weekends() { weekends = true; return this; }
        Builder text(String value) { text = value; return this; }

        ServiceQuery build() {
            return new ServiceQuery(area, place, kinds, groups, grade, directPayments, serviceFunds, language,
                    outOfHours, weekends, text, 0);
        }
    }
}
