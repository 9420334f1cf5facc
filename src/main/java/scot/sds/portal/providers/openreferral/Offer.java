package scot.sds.portal.providers.openreferral;

import java.util.function.Predicate;
import scot.sds.portal.providers.ServiceRecord;

/**
 * What a service offers beyond its kind and client groups: the options of Self-directed Support it works with and
 * when it gives support. Each is a taxonomy term in the API and a filter of the portal's own.
 *
 * @param code the term's code, as the portal's taxonomy file reads it back
 * @param parameter the portal's filter of {@code /services} that keeps only services offering it
 */
enum Offer {
    DIRECT_PAYMENTS("direct-payments", "takes_direct_payments", "providers.search.pays",
            "providers.search.pays.direct-payments", service -> Boolean.TRUE.equals(service.takesDirectPayments())),
    INDIVIDUAL_SERVICE_FUNDS("individual-service-funds", "offers_individual_service_funds", "providers.search.pays",
            "providers.search.pays.service-funds",
            service -> Boolean.TRUE.equals(service.offersIndividualServiceFunds())),
    OUT_OF_HOURS("out-of-hours", "out_of_hours", "providers.search.when", "providers.search.when.evenings",
            ServiceRecord::outOfHours),
    WEEKENDS("weekends", "weekends", "providers.search.when", "providers.search.when.weekends",
            ServiceRecord::weekends);

    private final String code;
    private final String parameter;
    private final String taxonomyKey;
    private final String nameKey;
    private final Predicate<ServiceRecord> offeredBy;

    Offer(String code, String parameter, String taxonomyKey, String nameKey, Predicate<ServiceRecord> offeredBy) {
        this.code = code;
        this.parameter = parameter;
        this.taxonomyKey = taxonomyKey;
        this.nameKey = nameKey;
        this.offeredBy = offeredBy;
    }

    String code() {
        return code;
    }

    String parameter() {
        return parameter;
    }

    /** The message naming the group of terms it belongs to. */
    String taxonomyKey() {
        return taxonomyKey;
    }

    String nameKey() {
        return nameKey;
    }

    /** Whether the service is known to offer it; a service that may but has not said so does not. */
    boolean offeredBy(ServiceRecord service) {
        return offeredBy.test(service);
    }
}
