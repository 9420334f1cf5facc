package scot.sds.portal.providers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * The Datastore CSV as published and as it has varied: good rows read into the portal's terms; Latin-1, older
 * grade columns, renamed complaints columns and blanks read too; rows with problems refused by line, with why;
 * a file that is not the Datastore, or not CSV, refused whole.
 */
class CareInspectorateCsvTest {

    @Test
    void a_good_file_gives_each_service_its_kind_groups_grades_and_status() throws IOException {
        ParsedFile file = CareInspectorateCsv.read(bytes("care-inspectorate-good.csv"));

        assertThat(file.rejections()).isEmpty();
        assertThat(file.records()).extracting(ServiceRecord::sourceId).containsExactly("CS2003000101",
                "CS2004000202", "CS2005000303", "CS2006000404", "CS2007000505");
        ServiceRecord home = file.records().get(0);
        assertThat(home.kind()).isEqualTo(ServiceKind.CARE_HOME);
        assertThat(home.clientGroups()).containsExactlyInAnyOrder(ClientGroup.OLDER_PEOPLE, ClientGroup.DEMENTIA);
        assertThat(home.grades()).isEqualTo(Map.of(KeyQuestion.WELLBEING, 5, KeyQuestion.CARE_PLANNING, 4,
                KeyQuestion.SETTING, 5, KeyQuestion.STAFF_TEAM, 4, KeyQuestion.LEADERSHIP, 4));
        assertThat(home.councilArea()).isEqualTo("Renfrewshire");
        assertThat(home.postcodeDistrict()).isEqualTo("PA1");
        assertThat(home.lastInspected()).isEqualTo(LocalDate.of(2023, 12, 12));
        assertThat(home.complaintsUpheld()).as("the latest year's column").isZero();
        assertThat(home.active()).isTrue();
        assertThat(home.outOfHours()).isTrue();

        ServiceRecord atHome = file.records().get(1);
        assertThat(atHome.name()).isEqualTo("Riverside Care at Home, Paisley");
        assertThat(atHome.kind()).isEqualTo(ServiceKind.CARE_AT_HOME);
        assertThat(atHome.clientGroups()).containsExactlyInAnyOrder(ClientGroup.LEARNING_DISABILITY,
                ClientGroup.PHYSICAL_DISABILITY);
        assertThat(atHome.grades()).doesNotContainKey(KeyQuestion.SETTING).containsEntry(KeyQuestion.LEADERSHIP, 6);
        assertThat(atHome.address()).isEqualTo("3 River Street, Unit 4");
        assertThat(atHome.lastInspected()).isEqualTo(LocalDate.of(2024, 2, 20));
        assertThat(atHome.complaintsUpheld()).isEqualTo(2);

        ServiceRecord day = file.records().get(2);
        assertThat(day.kind()).isEqualTo(ServiceKind.DAY_CARE);
        assertThat(day.address()).isEqualTo("1 Hill View\nBuilding B");
        assertThat(day.lastInspected()).isEqualTo(LocalDate.of(2023, 8, 14));
        assertThat(file.records().get(3).kind()).as("childminding is not adult care").isEqualTo(ServiceKind.OTHER);
        assertThat(file.records().get(4).active()).as("cancelled").isFalse();
        assertThat(file.records().get(4).kind()).isEqualTo(ServiceKind.HOUSING_SUPPORT);
    }

    @Test
    void an_older_latin_1_file_with_other_column_names_is_read_and_its_bad_rows_refused_by_line() throws IOException {
        ParsedFile file = CareInspectorateCsv.read(bytes("care-inspectorate-awkward.csv"));

        assertThat(file.records()).extracting(ServiceRecord::name).containsExactly("Taigh Càirdeil",
                "Ceòl Care at Home");
        ServiceRecord home = file.records().get(0);
        assertThat(home.providerName()).isEqualTo("Càirdeas Earranta");
        assertThat(home.grades()).as("quality themes read as the key questions that replaced them")
                .isEqualTo(Map.of(KeyQuestion.WELLBEING, 4, KeyQuestion.STAFF_TEAM, 5, KeyQuestion.LEADERSHIP, 4));
        assertThat(home.complaintsUpheld()).as("the later of two renamed columns").isEqualTo(1);
        assertThat(home.lastInspected()).isEqualTo(LocalDate.of(2019, 2, 28));
        assertThat(file.records().get(1).grades()).isEmpty();
        assertThat(file.records().get(1).lastInspected()).isNull();

        assertThat(file.rejections()).containsExactly(
                new Rejection(4, Rejection.Problem.NO_ID, "CSNumber"),
                new Rejection(5, Rejection.Problem.BAD_GRADE, "kqsupportwellbeing = 9"),
                new Rejection(6, Rejection.Problem.REPEATED_ID, "CS2010000601"),
                new Rejection(7, Rejection.Problem.BAD_DATE, "lastinspectiondate = the 31st of Smarch"),
                new Rejection(8, Rejection.Problem.WRONG_FIELD_COUNT, "4 fields"));
    }

    @Test
    void a_byte_order_mark_is_not_part_of_the_first_column() throws IOException {
        assertThat(CareInspectorateCsv.read(bytes("care-inspectorate-bom.csv")).records())
                .extracting(ServiceRecord::sourceId).containsExactly("CS2003000101");
    }

    @Test
    void a_file_that_is_not_the_datastore_or_not_csv_is_refused_whole() {
        assertThatThrownBy(() -> CareInspectorateCsv.read(bytes("care-inspectorate-not-the-datastore.csv")))
                .isInstanceOf(BrokenFile.class).hasFieldOrPropertyWithValue("why", BrokenFile.Why.MISSING_COLUMN)
                .hasFieldOrPropertyWithValue("detail", "CSNumber");
        assertThatThrownBy(() -> CareInspectorateCsv.read(bytes("care-inspectorate-broken-quotes.csv")))
                .isInstanceOf(BrokenFile.class).extracting("why").isEqualTo(BrokenFile.Why.NOT_CSV);
        assertThatThrownBy(() -> CareInspectorateCsv.read(new byte[0])).isInstanceOf(BrokenFile.class);
    }

    @Test
    void kinds_and_client_groups_come_from_the_registration_words() {
        assertThat(CareInspectorateCsv.kind("support service other than care at home")).isEqualTo(ServiceKind.DAY_CARE);
        assertThat(CareInspectorateCsv.kind("care home service children & young people"))
                .isEqualTo(ServiceKind.OTHER);
        assertThat(CareInspectorateCsv.clientGroups("alcohol & drug misuse")).isEqualTo(Set.of());
    }

    static byte[] bytes(String name) throws IOException {
        return new ClassPathResource("providers/" + name).getContentAsByteArray();
    }
}
