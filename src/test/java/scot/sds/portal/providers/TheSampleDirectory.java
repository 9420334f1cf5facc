package scot.sds.portal.providers;

import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationContext;

/** The sample directory for tests in other packages, which cannot reach the directory's own classes. */
public final class TheSampleDirectory {

    private TheSampleDirectory() {}

    /** Puts the whole sample directory back, whatever an earlier test left in the directory. */
    public static void putBack(ApplicationContext context) {
        context.getBean(SupportServiceRepository.class).deleteAllInBatch();
        context.getBean(SampleDirectory.class).loadIfEmpty();
    }

    /** The stable ids of the services in the directory that people cannot find: inactive, or not adult care. */
    public static List<UUID> unfindable(ApplicationContext context) {
        return context.getBean(SupportServiceRepository.class).findAll().stream().map(SupportService::record)
                .filter(service -> !service.active() || service.kind() == ServiceKind.OTHER)
                .map(ServiceRecord::stableId).toList();
    }
}
