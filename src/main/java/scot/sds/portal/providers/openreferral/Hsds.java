package scot.sds.portal.providers.openreferral;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.UUID;

/**
 * The parts of HSDS 3.0 the API writes, field for field as its schemas name them ({@link HsdsJson} writes them in
 * snake_case). A field the portal does not know is {@code null} and left out.
 */
final class Hsds {

    private Hsds() {}

    /** What the root of an HSDS API says about it. */
    record ApiInfo(String version, String profile, String openapiUrl) {}

    /** One page of a list, counted from 1. */
    record Page(int totalItems, int totalPages, int pageNumber, int size, boolean firstPage, boolean lastPage,
            boolean empty, List<Service> contents) {}

    /** A service; in a list, without the lists of things that belong to it. */
    record Service(UUID id, UUID organizationId, String name, String description, String url, String email,
            String status, String lastModified, Organization organization, List<ServiceArea> serviceAreas,
            List<ServiceAtLocation> serviceAtLocations, List<Language> languages, List<CostOption> costOptions,
            List<Phone> phones, List<Attribute> attributes) {}

    record Organization(UUID id, String name, String description) {}

    record ServiceArea(UUID id, UUID serviceId, String name) {}

    record ServiceAtLocation(UUID id, UUID serviceId, UUID locationId, Location location) {}

    record Location(UUID id, String locationType, List<Address> addresses) {}

    record Address(UUID id, UUID locationId, @JsonProperty("address_1") String address1, String city,
            String stateProvince, String postalCode, String country, String addressType) {}

    record Language(UUID id, UUID serviceId, String name, String code) {}

    record CostOption(UUID id, UUID serviceId, String amountDescription) {}

    record Phone(UUID id, UUID serviceId, String number) {}

    /** A taxonomy term applied to a service, with a value where the term needs one (a grade). */
    record Attribute(UUID id, UUID linkId, String linkEntity, UUID taxonomyTermId, String value,
            TaxonomyTerm taxonomyTerm) {}

    record TaxonomyTerm(UUID id, String code, String name, String description, String taxonomy) {}
}
