package scot.sds.portal.providers;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Search of the directory for citizens: the services people can find, read once into memory and read again after
 * an import has committed a change. Holds nothing about a person, so it needs no access check.
 */
@Service
public class DirectorySearch {

    private final SupportServiceRepository services;
    private final ServiceImportRepository imports;
    private volatile DirectoryIndex index;

    DirectorySearch(SupportServiceRepository services, ServiceImportRepository imports) {
        this.services = services;
        this.imports = imports;
    }

    public SearchResults search(ServiceQuery query) {
        return index().search(query);
    }

    /** Every service the query finds, in name order, on one list whatever page the query asks for. */
    public List<ServiceSummary> everyMatch(ServiceQuery query) {
        return List.copyOf(index().found(query));
    }

    /** A service people can find (active, and offered in searches), by its {@link ServiceRecord#stableId()}. */
    public Optional<ServiceSummary> findable(UUID stableId) {
        return index().byStableId(stableId);
    }

    /** The languages spoken in the services people can find, as ISO 639 codes. */
    public List<String> languages() {
        return index().languages();
    }

    /** One service by its id, found or not, whether or not it is still active. */
    @Transactional(readOnly = true)
    public Optional<ServiceSummary> service(long id) {
        return services.findById(id).map(DirectorySearch::summary);
    }

    /** Services by their ids, in the order given, leaving out any no longer in the directory; one query. */
    @Transactional(readOnly = true)
    public List<ServiceSummary> services(List<Long> ids) {
        Map<Long, ServiceSummary> found = services.findAllById(ids).stream().map(DirectorySearch::summary)
                .collect(Collectors.toMap(ServiceSummary::id, Function.identity()));
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    /** The council areas with services, in alphabetical order, for a person to choose theirs. */
    @Transactional(readOnly = true)
    public List<String> councilAreas() {
        return services.councilAreas();
    }

    /** When each source was last imported: the age of what a person is shown. */
    @Transactional(readOnly = true)
    public Map<Source, Instant> lastImported() {
        Map<Source, Instant> last = new EnumMap<>(Source.class);
        for (Source source : Source.values()) {
            imports.lastImportOf(source).ifPresent(time -> last.put(source, time));
        }
        return last;
    }

    /** Waits for a search reading the directory to finish, so it cannot put back what this change replaced. */
    @TransactionalEventListener(fallbackExecution = true)
    synchronized void directoryChanged(DirectoryChanged change) {
        index = null;
    }

    private DirectoryIndex index() {
        DirectoryIndex current = index;
        if (current == null) {
            synchronized (this) {
                if (index == null) {
                    index = new DirectoryIndex(services.findAll().stream().map(DirectorySearch::summary).toList());
                }
                current = index;
            }
        }
        return current;
    }

    private static ServiceSummary summary(SupportService service) {
        return new ServiceSummary(service.id(), service.record(), service.updated());
    }
}
