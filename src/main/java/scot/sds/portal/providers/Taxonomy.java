package scot.sds.portal.providers;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How a directory's taxonomy terms become the portal's kinds of service, client groups and options accepted, from
 * the file {@code portal.taxonomy}. A term matches by its code, else by its name written as a code ("Peer support"
 * is {@code peer-support}); a service with no kind term is of the default kind.
 */
record Taxonomy(Map<String, ServiceKind> kinds, Map<String, ClientGroup> clientGroups, List<String> directPayments,
        List<String> individualServiceFunds, ServiceKind defaultKind) {

    Taxonomy {
        kinds = Map.copyOf(kinds);
        clientGroups = Map.copyOf(clientGroups);
        directPayments = List.copyOf(directPayments);
        individualServiceFunds = List.copyOf(individualServiceFunds);
    }

    Optional<ServiceKind> kind(String code, String name) {
        return match(kinds, code, name);
    }

    Optional<ClientGroup> clientGroup(String code, String name) {
        return match(clientGroups, code, name);
    }

    boolean directPayments(String code, String name) {
        return listed(directPayments, code, name);
    }

    boolean individualServiceFunds(String code, String name) {
        return listed(individualServiceFunds, code, name);
    }

    private static boolean listed(List<String> terms, String code, String name) {
        return terms.contains(normal(code)) || terms.contains(normal(name));
    }

    private static <T> Optional<T> match(Map<String, T> terms, String code, String name) {
        return Optional.ofNullable(terms.get(normal(code))).or(() -> Optional.ofNullable(terms.get(normal(name))));
    }

    private static String normal(String term) {
        return term == null ? "" : term.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
    }
}
