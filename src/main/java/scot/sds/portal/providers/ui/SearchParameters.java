package scot.sds.portal.providers.ui;

import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import scot.sds.portal.providers.ClientGroup;
import scot.sds.portal.providers.ServiceKind;
import scot.sds.portal.providers.ServiceQuery;
import scot.sds.portal.shared.ui.MessageKeys;

/**
 * A search as the address of its results, so a search can be bookmarked, shared, and come back to with the back
 * button. Values that cannot be read are left out rather than refused.
 */
final class SearchParameters {

    static final String WORDS = "q";
    static final String AREA = "area";
    static final String PLACE = "place";
    static final String KIND = "kind";
    static final String GROUP = "group";
    static final String GRADE = "grade";
    static final String PAYS = "pays";
    static final String WHEN = "when";
    static final String SPEAKS = "speaks";
    static final String PAGE = "page";

    static final String DIRECT_PAYMENTS = "direct-payments";
    static final String SERVICE_FUNDS = "service-funds";
    static final String EVENINGS = "evenings";
    static final String WEEKENDS = "weekends";
    /** The grade parameter for "any grade". */
    static final String ANY = "any";

    private SearchParameters() {}

    static ServiceQuery read(QueryParameters parameters) {
        Map<String, List<String>> given = parameters.getParameters();
        Set<String> pays = Set.copyOf(given.getOrDefault(PAYS, List.of()));
        Set<String> when = Set.copyOf(given.getOrDefault(WHEN, List.of()));
        return new ServiceQuery(single(given, AREA), single(given, PLACE), values(given, KIND, ServiceKind.class),
                values(given, GROUP, ClientGroup.class), grade(single(given, GRADE)), pays.contains(DIRECT_PAYMENTS),
                pays.contains(SERVICE_FUNDS), single(given, SPEAKS), when.contains(EVENINGS), when.contains(WEEKENDS),
                single(given, WORDS), page(single(given, PAGE)));
    }

    static QueryParameters write(ServiceQuery query) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        put(parameters, WORDS, query.text());
        put(parameters, AREA, query.councilArea());
        put(parameters, PLACE, query.place());
        query.kinds().stream().sorted().forEach(kind -> add(parameters, KIND, MessageKeys.part(kind)));
        query.clientGroups().stream().sorted().forEach(group -> add(parameters, GROUP, MessageKeys.part(group)));
        put(parameters, GRADE, query.minimumGrade() == null ? ANY : String.valueOf(query.minimumGrade()));
        if (query.takesDirectPayments()) {
            add(parameters, PAYS, DIRECT_PAYMENTS);
        }
        if (query.offersIndividualServiceFunds()) {
            add(parameters, PAYS, SERVICE_FUNDS);
        }
        if (query.outOfHours()) {
            add(parameters, WHEN, EVENINGS);
        }
        if (query.weekends()) {
            add(parameters, WHEN, WEEKENDS);
        }
        put(parameters, SPEAKS, query.language());
        if (query.page() > 0) {
            put(parameters, PAGE, String.valueOf(query.page() + 1));
        }
        return new QueryParameters(parameters);
    }

    /** "any", or a grade the page offers (3 to 6); anything else is the default, good or better. */
    private static Integer grade(String value) {
        if (ANY.equals(value)) {
            return null;
        }
        return value != null && value.matches("[3-6]") ? Integer.valueOf(value) : ServiceQuery.GOOD;
    }

    /** Pages are counted from 1 in the address, from 0 in a query. */
    private static int page(String value) {
        return value != null && value.matches("[1-9][0-9]{0,4}") ? Integer.parseInt(value) - 1 : 0;
    }

    private static <E extends Enum<E>> Set<E> values(Map<String, List<String>> given, String name, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        for (String value : given.getOrDefault(name, List.of())) {
            for (E candidate : type.getEnumConstants()) {
                if (MessageKeys.part(candidate).equals(value.toLowerCase(Locale.ROOT))) {
                    values.add(candidate);
                }
            }
        }
        return values;
    }

    private static String single(Map<String, List<String>> given, String name) {
        return given.getOrDefault(name, List.of()).stream().filter(value -> !value.isBlank()).findFirst()
                .map(String::strip).orElse(null);
    }

    private static void put(Map<String, List<String>> parameters, String name, String value) {
        if (value != null && !value.isBlank()) {
            add(parameters, name, value.strip());
        }
    }

    private static void add(Map<String, List<String>> parameters, String name, String value) {
        parameters.computeIfAbsent(name, ignored -> new ArrayList<>()).add(value);
    }
}
