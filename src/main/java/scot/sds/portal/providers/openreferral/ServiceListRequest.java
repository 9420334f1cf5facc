package scot.sds.portal.providers.openreferral;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.util.MultiValueMap;
import scot.sds.portal.providers.ClientGroup;
import scot.sds.portal.providers.ServiceKind;
import scot.sds.portal.providers.ServiceQuery;
import scot.sds.portal.shared.api.BadParameter;

/**
 * What a client asks {@code /services} for, read from the query string: HSDS's parameters ({@code search},
 * {@code page} counted from 1, {@code per_page}, {@code taxonomy_term_id}, {@code modified_after}, {@code full},
 * {@code format}) and the portal's own filters, the same as on its "Find support" page. Parameters are cumulative,
 * as HSDS asks; a list parameter (a kind of service, say) may be repeated or separated by commas and matches any of
 * its values. A value that cannot be read, and an HSDS parameter the API does not offer, is refused rather than
 * ignored, so a client never takes everything for what it filtered.
 *
 * @param termIds taxonomy terms every service found must have
 * @param modifiedAfter the earliest update wanted, or {@code null} for any
 * @param full whether the list holds whole services rather than their own fields only
 */
record ServiceListRequest(ServiceQuery query, Set<UUID> termIds, Instant modifiedAfter, int page, int perPage,
        boolean full) {

    ServiceListRequest {
        termIds = Set.copyOf(termIds);
    }

    static final int DEFAULT_PER_PAGE = ServiceQuery.PAGE_SIZE;
    /** More is given as this many, so one request cannot ask for the whole directory. */
    static final int MOST_PER_PAGE = 100;

    private static final List<String> NOT_OFFERED = List.of("organization_id", "taxonomy_id", "minimal",
            "proximity");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    static ServiceListRequest read(MultiValueMap<String, String> parameters) {
        Parameters given = new Parameters(parameters);
        for (String name : NOT_OFFERED) {
            if (given.one(name) != null) {
                throw new BadParameter(name, "not offered by this API");
            }
        }
        String format = given.one("format");
        if (format != null && !format.equalsIgnoreCase("json")) {
            throw new BadParameter("format", "only json is offered");
        }
        String postcode = given.one("postcode");
        String town = given.one("town");
        if (postcode != null && town != null) {
            throw new BadParameter("town", "give a postcode or a town, not both");
        }
        if (postcode != null && ServiceQuery.postcodeDistrict(postcode).isEmpty()) {
            throw new BadParameter("postcode", "not a postcode or postcode district, such as PA1 2AB or PA1");
        }
        String language = given.one("language") == null ? null : given.one("language").toLowerCase(Locale.ROOT);
        if (language != null && !LANGUAGE.matcher(language).matches()) {
            throw new BadParameter("language", "not an ISO 639 language code, such as gd or pl");
        }
        Set<ServiceKind> kinds = given.values("service_type", ServiceKind.class);
        if (kinds.contains(ServiceKind.OTHER)) {
            throw new BadParameter("service_type", "OTHER is not a kind of service people search for");
        }
        Set<Offer> offers = EnumSet.noneOf(Offer.class);
        for (Offer offer : Offer.values()) {
            if (given.flag(offer.parameter())) {
                offers.add(offer);
            }
        }
        ServiceQuery query = new ServiceQuery(given.one("council_area"), postcode != null ? postcode : town, kinds,
                given.values("client_group", ClientGroup.class), given.number("minimum_grade", 1, 6, null),
                offers.contains(Offer.DIRECT_PAYMENTS), offers.contains(Offer.INDIVIDUAL_SERVICE_FUNDS), language,
                offers.contains(Offer.OUT_OF_HOURS), offers.contains(Offer.WEEKENDS), given.one("search"), 0);
        Integer perPage = given.number("per_page", 1, Integer.MAX_VALUE, DEFAULT_PER_PAGE);
        return new ServiceListRequest(query, given.termIds(), given.modifiedAfter(),
                given.number("page", 1, Integer.MAX_VALUE, 1), Math.min(perPage, MOST_PER_PAGE), given.flag("full"));
    }

    /** The query string, read one parameter at a time; a blank value counts as not given. */
    private record Parameters(MultiValueMap<String, String> all) {

        String one(String name) {
            List<String> values = all.getOrDefault(name, List.of()).stream().filter(value -> !value.isBlank())
                    .map(String::strip).toList();
            if (values.size() > 1) {
                throw new BadParameter(name, "given more than once");
            }
            return values.isEmpty() ? null : values.getFirst();
        }

        /** Every value of a parameter that may be repeated or list values separated by commas. */
        List<String> list(String name) {
            return all.getOrDefault(name, List.of()).stream().flatMap(value -> Arrays.stream(value.split(",")))
                    .map(String::strip).filter(value -> !value.isEmpty()).toList();
        }

        /** Values of an enum, written as their names or codes: CARE_AT_HOME, care_at_home or care-at-home. */
        <E extends Enum<E>> Set<E> values(String name, Class<E> type) {
            Set<E> values = EnumSet.noneOf(type);
            for (String value : list(name)) {
                try {
                    values.add(Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_')));
                } catch (IllegalArgumentException unknown) {
                    throw new BadParameter(name, "unknown value " + value + "; one of "
                            + Arrays.toString(type.getEnumConstants()));
                }
            }
            return values;
        }

        Integer number(String name, int least, int most, Integer otherwise) {
            String value = one(name);
            if (value == null) {
                return otherwise;
            }
            try {
                int number = Integer.parseInt(value);
                if (number >= least && number <= most) {
                    return number;
                }
            } catch (NumberFormatException notANumber) {
                // Said below, with the range.
            }
            throw new BadParameter(name, "not a whole number from " + least
                    + (most == Integer.MAX_VALUE ? " up" : " to " + most));
        }

        boolean flag(String name) {
            String value = one(name);
            if (value == null || value.equalsIgnoreCase("false")) {
                return false;
            }
            if (value.equalsIgnoreCase("true")) {
                return true;
            }
            throw new BadParameter(name, "not true or false");
        }

        Set<UUID> termIds() {
            Set<UUID> ids = new LinkedHashSet<>();
            for (String value : list("taxonomy_term_id")) {
                ids.add(parsed("taxonomy_term_id", value, UUID::fromString, "not a taxonomy term's id (a UUID)"));
            }
            return ids;
        }

        /** A date and time with its offset from UTC, or a date, read as its start in UTC. */
        Instant modifiedAfter() {
            String value = one("modified_after");
            if (value == null) {
                return null;
            }
            String problem = "not a date-time such as 2025-04-01T09:00:00Z, or a date such as 2025-04-01";
            return value.length() <= 10
                    ? parsed("modified_after", value, date -> LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC)
                            .toInstant(), problem)
                    : parsed("modified_after", value, time -> OffsetDateTime.parse(time).toInstant(), problem);
        }

        private static <T> T parsed(String name, String value, Function<String, T> parse, String problem) {
            try {
                return parse.apply(value);
            } catch (IllegalArgumentException | DateTimeParseException unreadable) {
                throw new BadParameter(name, problem);
            }
        }
    }
}
