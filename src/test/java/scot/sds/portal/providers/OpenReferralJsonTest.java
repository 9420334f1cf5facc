package scot.sds.portal.providers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static scot.sds.portal.providers.CareInspectorateCsvTest.bytes;

import java.io.IOException;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import scot.sds.portal.shared.CouncilFiles;

/**
 * Open Referral UK (HSDS 3) JSON: a page of services read with their organisation, area, address, languages, costs,
 * contacts, schedules and taxonomy terms; a plain list in the older 3.0 shape with gaps read too, its bad entries
 * refused by position; a file that is not JSON, or not services, refused whole.
 */
class OpenReferralJsonTest {

    private final Taxonomy taxonomy = CouncilFiles.read(new ClassPathResource("providers/taxonomy.json"),
            Taxonomy.class);

    @Test
    void a_page_of_services_is_read_into_the_portals_terms() throws IOException {
        ParsedFile file = OpenReferralJson.read(bytes("open-referral-good.json"), taxonomy);

        assertThat(file.rejections()).isEmpty();
        assertThat(file.records()).hasSize(3);
        ServiceRecord advocacy = file.records().get(0);
        assertThat(advocacy.source()).isEqualTo(Source.OPEN_REFERRAL);
        assertThat(advocacy.sourceId()).isEqualTo("3fa85f64-5717-4562-b3fc-2c963f66a001");
        assertThat(advocacy.kind()).isEqualTo(ServiceKind.ADVOCACY);
        assertThat(advocacy.clientGroups()).containsExactlyInAnyOrder(ClientGroup.LEARNING_DISABILITY,
                ClientGroup.MENTAL_HEALTH);
        assertThat(advocacy.providerName()).isEqualTo("Speak Up Renfrewshire Trust");
        assertThat(advocacy.councilArea()).isEqualTo("Renfrewshire");
        assertThat(advocacy.town()).isEqualTo("Paisley");
        assertThat(advocacy.postcode()).isEqualTo("PA1 1AA");
        assertThat(advocacy.languages()).containsExactlyInAnyOrder("en", "pl", "ur");
        assertThat(advocacy.cost()).isEqualTo("Free");
        assertThat(advocacy.email()).isEqualTo("hello@speakup.example.org");
        assertThat(advocacy.phone()).isEqualTo("0141 555 9000");
        assertThat(advocacy.weekends()).isFalse();
        assertThat(advocacy.outOfHours()).isFalse();
        assertThat(advocacy.takesDirectPayments()).isNull();
        assertThat(advocacy.grades()).isEmpty();

        ServiceRecord assistants = file.records().get(1);
        assertThat(assistants.kind()).isEqualTo(ServiceKind.PA_REGISTER);
        assertThat(assistants.takesDirectPayments()).isTrue();
        assertThat(assistants.weekends()).isTrue();
        assertThat(assistants.outOfHours()).isTrue();
        assertThat(assistants.cost()).isEqualTo("Membership: £12.5");
        assertThat(assistants.email()).as("from its contact").isEqualTo(
                "contact-3fa85f64-5717-4562-b3fc-2c963f66a002@example.org");

        ServiceRecord cafe = file.records().get(2);
        assertThat(cafe.kind()).as("matched by the term's name").isEqualTo(ServiceKind.COMMUNITY_GROUP);
        assertThat(cafe.clientGroups()).containsExactly(ClientGroup.CARERS);
        assertThat(cafe.active()).isFalse();
    }

    @Test
    void an_older_list_with_gaps_is_read_and_its_bad_entries_refused_by_position() throws IOException {
        ParsedFile file = OpenReferralJson.read(bytes("open-referral-awkward.json"), taxonomy);

        assertThat(file.records()).extracting(ServiceRecord::sourceId).containsExactly("svc-10", "12");
        ServiceRecord singing = file.records().get(0);
        assertThat(singing.name()).isEqualTo("Ceòl Singing Group");
        assertThat(singing.description()).isNull();
        assertThat(singing.kind()).as("no terms: the default kind").isEqualTo(ServiceKind.COMMUNITY_GROUP);
        assertThat(singing.town()).isEqualTo("Stornoway");
        assertThat(singing.councilArea()).as("from the address when no service area").isEqualTo(
                "Na h-Eileanan Siar");
        assertThat(singing.phone()).isEqualTo("1851555000");
        assertThat(singing.languages()).isEqualTo(Set.of("gd"));
        assertThat(singing.weekends()).isTrue();
        assertThat(singing.active()).isTrue();
        assertThat(file.records().get(1).kind()).as("an unknown term").isEqualTo(ServiceKind.COMMUNITY_GROUP);
        assertThat(file.records().get(1).active()).as("no status").isFalse();

        assertThat(file.rejections()).containsExactly(
                new Rejection(2, Rejection.Problem.NO_NAME, "svc-11"),
                new Rejection(3, Rejection.Problem.NO_ID, "id"),
                new Rejection(4, Rejection.Problem.NOT_A_SERVICE, "STRING"),
                new Rejection(5, Rejection.Problem.REPEATED_ID, "svc-10"));
    }

    @Test
    void a_file_that_is_not_json_or_not_services_is_refused_whole() {
        assertThatThrownBy(() -> OpenReferralJson.read(bytes("open-referral-broken.json"), taxonomy))
                .isInstanceOf(BrokenFile.class).extracting("why").isEqualTo(BrokenFile.Why.NOT_JSON);
        assertThatThrownBy(() -> OpenReferralJson.read(bytes("open-referral-not-services.json"), taxonomy))
                .isInstanceOf(BrokenFile.class).extracting("why").isEqualTo(BrokenFile.Why.NOT_A_LIST_OF_SERVICES);
    }
}
