package scot.sds.portal.providers;

import java.util.List;

/**
 * One page of services found, with how many there are in all.
 *
 * @param page counted from 0
 */
public record SearchResults(List<ServiceSummary> services, int total, int page) {

    public SearchResults {
        services = List.copyOf(services);
    }

    public int pages() {
        return (total + ServiceQuery.PAGE_SIZE - 1) / ServiceQuery.PAGE_SIZE;
    }
}
