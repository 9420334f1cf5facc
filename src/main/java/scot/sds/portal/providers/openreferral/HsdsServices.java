package scot.sds.portal.providers.openreferral;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Component;
import scot.sds.portal.providers.KeyQuestion;
import scot.sds.portal.providers.ServiceRecord;
import scot.sds.portal.providers.ServiceSummary;

/**
 * The portal's services in HSDS 3.0's terms. Every id is a UUID, as HSDS asks: the service's own
 * {@link ServiceRecord#stableId() stable id}, and for each part of it an id made from the service's and the part's
 * name, so the same part keeps the same id. A value HSDS would refuse (a web address that is not one) is left out.
 */
@Component
class HsdsServices {

    /** Every service in the portal's directory is in Scotland. */
    private static final String COUNTRY = "GB";

    private final Vocabulary vocabulary;

    HsdsServices(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** A service as a list shows it: its own fields and its organization, without the lists that belong to it. */
    Hsds.Service listed(ServiceSummary service) {
        ServiceRecord record = service.record();
        Hsds.Organization organization = organization(record);
        // Only services people can find are shown, and every one of them is active.
        return new Hsds.Service(record.stableId(), organization == null ? null : organization.id(), record.name(),
                record.description(), url(record.website()), email(record.email()), "active",
                service.updated().toString(), organization, null, null, null, null, null, null);
    }

    /** A service with everything the portal knows of it. */
    Hsds.Service full(ServiceSummary service) {
        Hsds.Service listed = listed(service);
        ServiceRecord record = service.record();
        UUID id = listed.id();
        return new Hsds.Service(id, listed.organizationId(), listed.name(), listed.description(), listed.url(),
                listed.email(), listed.status(), listed.lastModified(), listed.organization(),
                record.councilArea() == null ? List.of()
                        : List.of(new Hsds.ServiceArea(part(id, "service-area"), id, record.councilArea())),
                serviceAtLocations(id, record), languages(id, record),
                record.cost() == null ? List.of() : List.of(new Hsds.CostOption(part(id, "cost"), id, record.cost())),
                record.phone() == null ? List.of() : List.of(new Hsds.Phone(part(id, "phone"), id, record.phone())),
                attributes(id, record));
    }

    /**
     * The provider. HSDS requires a description of it, which neither source gives: it is left empty. Services with the
     * same provider share its id.
     */
    private static Hsds.Organization organization(ServiceRecord record) {
        if (record.providerName() == null) {
            return null;
        }
        UUID id = UUID.nameUUIDFromBytes(("sds-portal/organization/" + record.providerName().toLowerCase(Locale.ROOT))
                .getBytes(StandardCharsets.UTF_8));
        return new Hsds.Organization(id, record.providerName(), "");
    }

    /**
     * Where the service is, when the directory gives a whole address: a street address, town and postcode, and the
     * council area, which is Scotland's nearest to a state or province.
     */
    private static List<Hsds.ServiceAtLocation> serviceAtLocations(UUID id, ServiceRecord record) {
        if (record.address() == null || record.town() == null || record.postcode() == null
                || record.councilArea() == null) {
            return List.of();
        }
        UUID location = part(id, "location");
        Hsds.Address address = new Hsds.Address(part(id, "address"), location, record.address(), record.town(),
                record.councilArea(), record.postcode(), COUNTRY, "physical");
        return List.of(new Hsds.ServiceAtLocation(part(id, "service-at-location"), id, location,
                new Hsds.Location(location, "physical", List.of(address))));
    }

    private static List<Hsds.Language> languages(UUID id, ServiceRecord record) {
        return record.languages().stream().sorted().map(code -> {
            String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
            return new Hsds.Language(part(id, "language/" + code), id, name.isEmpty() || name.equals(code) ? null
                    : name, code);
        }).toList();
    }

    /** The terms that describe the service; a grade's term carries the grade, 1 to 6, as its value. */
    private List<Hsds.Attribute> attributes(UUID id, ServiceRecord record) {
        return vocabulary.describing(record).stream().map(term -> new Hsds.Attribute(
                part(id, "attribute/" + term.id()), id, "service", term.id(),
                term.meaning() instanceof KeyQuestion question ? String.valueOf(record.grades().get(question)) : null,
                term.hsds())).toList();
    }

    /** A web address HSDS accepts (an absolute http or https URI), or nothing. */
    private static String url(String website) {
        if (website == null) {
            return null;
        }
        try {
            URI uri = new URI(website.strip());
            boolean web = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
            return web && uri.getHost() != null ? uri.toString() : null;
        } catch (URISyntaxException notAnAddress) {
            return null;
        }
    }

    /** An email address HSDS accepts, or nothing. */
    private static String email(String email) {
        if (email == null) {
            return null;
        }
        try {
            new InternetAddress(email.strip(), true).validate();
            return email.strip();
        } catch (AddressException notAnAddress) {
            return null;
        }
    }

    /** The id of a part of a service: the same part of the same service always has the same id. */
    private static UUID part(UUID service, String part) {
        return UUID.nameUUIDFromBytes((service + "/" + part).getBytes(StandardCharsets.UTF_8));
    }
}
