package scot.sds.portal.providers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.springframework.core.io.ClassPathResource;
import scot.sds.portal.shared.CouncilFiles;

/** The portal's own Open Referral importer, for tests in other packages: what it reads from a file of services. */
public final class OpenReferralReader {

    private OpenReferralReader() {}

    /** The services the importer reads from the file with the portal's taxonomy, having refused none. */
    public static List<ServiceRecord> read(byte[] json) {
        ParsedFile file = OpenReferralJson.read(json, CouncilFiles.read(
                new ClassPathResource("providers/taxonomy.json"), Taxonomy.class));
        assertThat(file.rejections()).isEmpty();
        return file.records();
    }
}
