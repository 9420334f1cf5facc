package scot.sds.portal.providers;

import java.text.Collator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The services people can find (active, and adult social care or community support), held in memory in name
 * order, with an index of the words in their names, providers and descriptions. A word searched for matches a word
 * it begins (from 3 letters), or one a typing mistake or two away (one for words of 4 to 7 letters, two for
 * longer).
 */
final class DirectoryIndex {

    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final List<ServiceSummary> services;
    private final Map<UUID, ServiceSummary> byStableId;
    /** Each service's town, folded, and postcode district, worked out once rather than at every search. */
    private final String[] towns;
    private final String[] districts;
    private final String[] vocabulary;
    private final BitSet[] postings;

    DirectoryIndex(List<ServiceSummary> all) {
        Collator collator = Collator.getInstance(Locale.UK);
        this.services = all.stream()
                .filter(service -> service.record().active() && service.record().kind() != ServiceKind.OTHER)
                .sorted(Comparator.comparing((ServiceSummary service) -> service.record().name(), collator))
                .toList();
        this.byStableId = services.stream().collect(Collectors.toMap(service -> service.record().stableId(),
                Function.identity(), (first, same) -> first));
        this.towns = services.stream().map(service -> folded(service.record().town())).toArray(String[]::new);
        this.districts = services.stream().map(service -> service.record().postcodeDistrict())
                .toArray(String[]::new);
        Map<String, BitSet> words = new HashMap<>();
        for (int position = 0; position < services.size(); position++) {
            ServiceRecord record = services.get(position).record();
            for (String text : new String[] {record.name(), record.providerName(), record.description()}) {
                for (String word : words(text)) {
                    words.computeIfAbsent(word, ignored -> new BitSet()).set(position);
                }
            }
        }
        this.vocabulary = words.keySet().toArray(String[]::new);
        Arrays.sort(vocabulary);
        this.postings = Arrays.stream(vocabulary).map(words::get).toArray(BitSet[]::new);
    }

    /** The languages staff of the findable services speak, as ISO 639 codes in alphabetical order. */
    List<String> languages() {
        return services.stream().flatMap(service -> service.record().languages().stream()).distinct().sorted()
                .toList();
    }

    SearchResults search(ServiceQuery query) {
        List<ServiceSummary> found = found(query);
        int from = Math.min(found.size(), query.page() * ServiceQuery.PAGE_SIZE);
        int to = Math.min(found.size(), from + ServiceQuery.PAGE_SIZE);
        return new SearchResults(found.subList(from, to), found.size(), query.page());
    }

    /** Every service the query finds, in name order, whatever page it asks for. */
    List<ServiceSummary> found(ServiceQuery query) {
        BitSet candidates = new BitSet(services.size());
        candidates.set(0, services.size());
        for (String word : words(query.text())) {
            candidates.and(matching(word));
        }
        String place = place(query.place());
        List<ServiceSummary> found = new ArrayList<>();
        for (int position = candidates.nextSetBit(0); position >= 0;
                position = candidates.nextSetBit(position + 1)) {
            ServiceSummary service = services.get(position);
            if ((place == null || place.equals(towns[position]) || place.equalsIgnoreCase(districts[position]))
                    && matches(service.record(), query)) {
                found.add(service);
            }
        }
        return found;
    }

    Optional<ServiceSummary> byStableId(UUID id) {
        return Optional.ofNullable(byStableId.get(id));
    }

    /** Every service a word may mean: those with a word it begins or nearly is. */
    private BitSet matching(String searched) {
        BitSet found = new BitSet(services.size());
        int allowed = searched.length() >= 8 ? 2 : searched.length() >= 4 ? 1 : 0;
        for (int index = 0; index < vocabulary.length; index++) {
            String word = vocabulary[index];
            boolean begins = searched.length() >= 3 ? word.startsWith(searched) : word.equals(searched);
            if (begins || Math.abs(word.length() - searched.length()) <= allowed
                    && allowed > 0 && TypingDistance.within(searched, word, allowed)) {
                found.or(postings[index]);
            }
        }
        return found;
    }

    private static boolean matches(ServiceRecord service, ServiceQuery query) {
        return (query.councilArea() == null || query.councilArea().equalsIgnoreCase(service.councilArea()))
                && (query.kinds().isEmpty() || query.kinds().contains(service.kind()))
                && (query.clientGroups().isEmpty()
                        || service.clientGroups().stream().anyMatch(query.clientGroups()::contains))
                && graded(service, query.minimumGrade())
                && (!query.takesDirectPayments() || Boolean.TRUE.equals(service.takesDirectPayments()))
                && (!query.offersIndividualServiceFunds()
                        || Boolean.TRUE.equals(service.offersIndividualServiceFunds()))
                && (query.language() == null || service.languages().contains(query.language()))
                && (!query.outOfHours() || service.outOfHours())
                && (!query.weekends() || service.weekends());
    }

    /**
     * Whether every key question graded is at the minimum or above. A registered service not yet graded cannot show
     * it is; a service outside registration has no grades to show.
     */
    private static boolean graded(ServiceRecord service, Integer minimum) {
        if (minimum == null) {
            return true;
        }
        if (service.grades().isEmpty()) {
            return service.source() != Source.CARE_INSPECTORATE;
        }
        return service.grades().values().stream().allMatch(grade -> grade >= minimum);
    }

    /** A postcode district ("PA1" of "pa1 2ab"), or a town's name folded like the index's words. */
    private static String place(String place) {
        if (place == null || place.isBlank()) {
            return null;
        }
        return ServiceQuery.postcodeDistrict(place).orElseGet(() -> folded(place.strip()));
    }

    private static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(NOT_A_WORD.split(folded(text))).filter(word -> !word.isEmpty()).distinct().toList();
    }

    /** Lower case without accents, so "Càirdeil" is found by "cairdeil". */
    private static String folded(String text) {
        return text == null ? null
                : MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                        .toLowerCase(Locale.ROOT);
    }
}
