package scot.sds.portal.providers;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads Open Referral UK (HSDS 3) JSON: services as an API returns them, each with its organization, service
 * areas, locations and their addresses, languages, cost options, contacts and phones, schedules and taxonomy terms
 * (as attributes). A file may be a list of services or a page of them ({@code contents}).
 */
final class OpenReferralJson {

    private static final LocalTime DAY_STARTS = LocalTime.of(8, 0);
    private static final LocalTime DAY_ENDS = LocalTime.of(18, 0);

    private OpenReferralJson() {}

    static ParsedFile read(byte[] file, Taxonomy taxonomy) {
        JsonNode root;
        try {
            root = JsonMapper.shared().readTree(file);
        } catch (JacksonException e) {
            throw new BrokenFile(BrokenFile.Why.NOT_JSON, e.getOriginalMessage(), e);
        }
        JsonNode services = root != null && root.isObject() ? root.path("contents") : root;
        if (services == null || !services.isArray()) {
            throw new BrokenFile(BrokenFile.Why.NOT_A_LIST_OF_SERVICES, "no \"contents\" list", null);
        }
        List<ServiceRecord> records = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        long position = 0;
        for (JsonNode service : services) {
            position++;
            Optional<Rejection> problem = problem(service, position, ids);
            if (problem.isPresent()) {
                rejections.add(problem.get());
            } else {
                records.add(record(service, taxonomy));
            }
        }
        return new ParsedFile(records, rejections);
    }

    private static Optional<Rejection> problem(JsonNode service, long position, Set<String> ids) {
        if (!service.isObject()) {
            return Optional.of(new Rejection(position, Rejection.Problem.NOT_A_SERVICE, service.getNodeType().name()));
        }
        String id = text(service, "id");
        if (id == null) {
            return Optional.of(new Rejection(position, Rejection.Problem.NO_ID, "id"));
        }
        if (text(service, "name") == null) {
            return Optional.of(new Rejection(position, Rejection.Problem.NO_NAME, id));
        }
        if (!ids.add(id)) {
            return Optional.of(new Rejection(position, Rejection.Problem.REPEATED_ID, id));
        }
        return Optional.empty();
    }

    private static ServiceRecord record(JsonNode service, Taxonomy taxonomy) {
        JsonNode address = addresses(service).findFirst().orElse(null);
        ServiceKind kind = null;
        Set<ClientGroup> groups = EnumSet.noneOf(ClientGroup.class);
        Boolean directPayments = null;
        Boolean serviceFunds = null;
        for (JsonNode term : list(service, "attributes").map(attribute -> attribute.path("taxonomy_term")).toList()) {
            String code = text(term, "code");
            String name = text(term, "name");
            if (kind == null) {
                kind = taxonomy.kind(code, name).orElse(null);
            }
            taxonomy.clientGroup(code, name).ifPresent(groups::add);
            directPayments = taxonomy.directPayments(code, name) ? Boolean.TRUE : directPayments;
            serviceFunds = taxonomy.individualServiceFunds(code, name) ? Boolean.TRUE : serviceFunds;
        }
        Set<String> languages = new TreeSet<>();
        list(service, "languages").map(language -> text(language, "code")).filter(code -> code != null)
                .forEach(code -> languages.add(code.toLowerCase(Locale.ROOT)));
        List<JsonNode> schedules = list(service, "schedules").toList();
        boolean weekends = schedules.stream().map(schedule -> String.valueOf(text(schedule, "byday")))
                .anyMatch(days -> days.contains("SA") || days.contains("SU"));
        boolean outOfHours = schedules.stream().anyMatch(schedule -> before(text(schedule, "opens_at"), DAY_STARTS)
                || after(text(schedule, "closes_at"), DAY_ENDS));
        String councilArea = list(service, "service_areas").map(area -> text(area, "name"))
                .filter(name -> name != null).findFirst()
                .orElse(address == null ? null : first(text(address, "region"), text(address, "state_province")));
        return new ServiceRecord(Source.OPEN_REFERRAL, text(service, "id"), text(service, "name"),
                text(service, "description"), text(service.path("organization"), "name"),
                kind == null ? taxonomy.defaultKind() : kind, groups, councilArea,
                address == null ? null : text(address, "city"), address == null ? null : text(address, "postal_code"),
                address == null ? null : first(text(address, "address_1"), null), Map.of(),
                "active".equalsIgnoreCase(String.valueOf(text(service, "status"))), directPayments, serviceFunds,
                languages, outOfHours, weekends, phone(service), email(service), text(service, "url"), cost(service),
                null, null);
    }

    /** The addresses of the service's locations: HSDS 3.1 {@code addresses}, or 3.0's physical and postal ones. */
    private static Stream<JsonNode> addresses(JsonNode service) {
        return list(service, "service_at_locations").map(at -> at.path("location"))
                .flatMap(location -> Stream.of("addresses", "physical_addresses", "postal_addresses")
                        .flatMap(field -> list(location, field)));
    }

    private static String phone(JsonNode service) {
        return Stream.concat(list(service, "phones"), list(service, "contacts").flatMap(contact -> list(contact,
                "phones"))).map(phone -> text(phone, "number")).filter(number -> number != null).findFirst()
                .orElse(null);
    }

    private static String email(JsonNode service) {
        return Optional.ofNullable(text(service, "email")).orElseGet(() -> list(service, "contacts")
                .map(contact -> text(contact, "email")).filter(email -> email != null).findFirst().orElse(null));
    }

    /** The first cost option in the directory's words: its description, else its option and amount. */
    private static String cost(JsonNode service) {
        return list(service, "cost_options").map(option -> Optional.ofNullable(text(option, "amount_description"))
                .orElseGet(() -> {
                    String amount = text(option, "amount");
                    String what = text(option, "option");
                    if (amount == null) {
                        return what;
                    }
                    String money = "GBP".equalsIgnoreCase(String.valueOf(text(option, "currency"))) || text(option,
                            "currency") == null ? "£" + amount : amount + " " + text(option, "currency");
                    return what == null ? money : what + ": " + money;
                })).filter(cost -> cost != null).findFirst().orElse(null);
    }

    private static boolean before(String time, LocalTime limit) {
        return time(time).map(value -> value.isBefore(limit)).orElse(false);
    }

    private static boolean after(String time, LocalTime limit) {
        return time(time).map(value -> value.isAfter(limit)).orElse(false);
    }

    private static Optional<LocalTime> time(String value) {
        try {
            return value == null ? Optional.empty() : Optional.of(LocalTime.parse(value.length() > 8
                    ? value.substring(0, 8) : value));
        } catch (DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }

    private static Stream<JsonNode> list(JsonNode node, String field) {
        JsonNode array = node.path(field);
        return array.isArray() ? StreamSupport.stream(array.spliterator(), false) : Stream.empty();
    }

    /** A field's text, or {@code null} if it is missing, null or blank; numbers are written as text. */
    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        String text = value.isValueNode() ? value.asString() : null;
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String first(String one, String other) {
        return one != null ? one : other;
    }
}
