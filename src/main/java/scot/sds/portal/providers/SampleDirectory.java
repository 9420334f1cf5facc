package scot.sds.portal.providers;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * On a first run, with nothing in the directory, imports the sample directory made by
 * {@code src/tools/GenerateSampleDirectory.java}, so there is something to search. Every sample record says
 * "(sample)" in its name. A council sets {@code portal.directory.sample=false} and imports its own files.
 */
@Component
class SampleDirectory {

    private static final Logger LOG = LoggerFactory.getLogger(SampleDirectory.class);

    private final ServiceImporter importer;
    private final SupportServiceRepository services;
    private final boolean wanted;
    private final Resource careServices;
    private final Resource communityServices;

    SampleDirectory(ServiceImporter importer, SupportServiceRepository services,
            @Value("${portal.directory.sample}") boolean wanted,
            @Value("classpath:providers/sample/care-inspectorate-sample.csv") Resource careServices,
            @Value("classpath:providers/sample/open-referral-sample.json") Resource communityServices) {
        this.importer = importer;
        this.services = services;
        this.wanted = wanted;
        this.careServices = careServices;
        this.communityServices = communityServices;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        if (wanted) {
            loadIfEmpty();
        }
    }

    /** Imports the sample unless the directory has any service at all; true if it did. */
    boolean loadIfEmpty() {
        if (services.count() > 0) {
            return false;
        }
        try {
            ImportReport care = importer.importFromCommandLine(Source.CARE_INSPECTORATE, careServices.getFilename(),
                    careServices.getContentAsByteArray());
            ImportReport community = importer.importFromCommandLine(Source.OPEN_REFERRAL,
                    communityServices.getFilename(), communityServices.getContentAsByteArray());
            LOG.info("The directory was empty: imported the sample directory, {} care services and {} community "
                    + "services, each named \"(sample)\"", care.added(), community.added());
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("The sample directory is part of the portal and could not be read", e);
        }
    }
}
