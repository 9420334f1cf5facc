package scot.sds.portal.providers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import scot.sds.portal.shared.CouncilFiles;
import scot.sds.portal.support.PortalTest;

/**
 * The sample directory: thousands of made-up services in both formats, each read without a refusal and labelled as
 * a sample, for four council areas; imported when the directory is empty, and never over a council's own data.
 */
@PortalTest
class SampleDirectoryTest {

    @Autowired
    SampleDirectory sample;

    @Autowired
    SupportServiceRepository services;

    @Test
    void the_sample_files_are_read_whole_and_every_record_says_it_is_a_sample() throws IOException {
        ParsedFile care = CareInspectorateCsv.read(new ClassPathResource(
                "providers/sample/care-inspectorate-sample.csv").getContentAsByteArray());
        ParsedFile community = OpenReferralJson.read(new ClassPathResource(
                "providers/sample/open-referral-sample.json").getContentAsByteArray(), CouncilFiles.read(
                        new ClassPathResource("providers/taxonomy.json"), Taxonomy.class));

        assertThat(care.rejections()).isEmpty();
        assertThat(community.rejections()).isEmpty();
        assertThat(care.records()).hasSize(2600);
        assertThat(community.records()).hasSize(900);
        for (ParsedFile file : List.of(care, community)) {
            assertThat(file.records()).allSatisfy(record -> assertThat(record.name()).endsWith("(sample)"));
            assertThat(file.records()).extracting(ServiceRecord::councilArea).containsOnly("Glasgow City",
                    "Renfrewshire", "Highland", "Na h-Eileanan Siar");
        }
        assertThat(care.records()).extracting(ServiceRecord::kind).contains(ServiceKind.CARE_HOME,
                ServiceKind.CARE_AT_HOME, ServiceKind.HOUSING_SUPPORT, ServiceKind.DAY_CARE, ServiceKind.OTHER);
        assertThat(community.records()).extracting(ServiceRecord::kind).contains(ServiceKind.ADVOCACY,
                ServiceKind.BROKERAGE, ServiceKind.COMMUNITY_GROUP, ServiceKind.PA_REGISTER, ServiceKind.RESPITE);
    }

    @Test
    void it_is_imported_into_an_empty_directory_only() {
        services.deleteAll();
        assertThat(sample.loadIfEmpty()).isTrue();
        assertThat(services.count()).isEqualTo(3500);
        assertThat(sample.loadIfEmpty()).isFalse();
        assertThat(services.count()).isEqualTo(3500);
    }
}
