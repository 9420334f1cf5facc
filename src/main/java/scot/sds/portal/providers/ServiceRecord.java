package scot.sds.portal.providers;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import scot.sds.portal.shared.Sha256;

/**
 * One service as a file describes it, read into the portal's terms, whichever format it came in.
 *
 * @param sourceId the service's id in its source: a Care Inspectorate CS number, or an HSDS service id
 * @param grades the latest grade (1 to 6) of each key question graded; none for unregistered services
 * @param takesDirectPayments whether it works with people paying by direct payment, {@code null} if unknown
 * @param offersIndividualServiceFunds whether it holds individual service funds, {@code null} if unknown
 * @param languages ISO 639 codes of the languages its staff speak
 * @param cost what it costs, in the directory's words, or {@code null}
 * @param complaintsUpheld complaints upheld in the latest year a file gives, or {@code null}
 */
public record ServiceRecord(Source source, String sourceId, String name, String description, String providerName,
        ServiceKind kind, Set<ClientGroup> clientGroups, String councilArea, String town, String postcode,
        String address, Map<KeyQuestion, Integer> grades, boolean active, Boolean takesDirectPayments,
        Boolean offersIndividualServiceFunds, Set<String> languages, boolean outOfHours, boolean weekends,
        String phone, String email, String website, String cost, LocalDate lastInspected,
        Integer complaintsUpheld) {

    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    public ServiceRecord {
        Objects.requireNonNull(source);
        Objects.requireNonNull(sourceId);
        Objects.requireNonNull(name);
        Objects.requireNonNull(kind);
        clientGroups = Set.copyOf(clientGroups);
        grades = Map.copyOf(grades);
        languages = Set.copyOf(languages);
    }

    /** The postcode district, "G12" of "G12 8QQ", by which people search near them. */
    public String postcodeDistrict() {
        return postcode == null ? null : postcode.strip().split("\\s+")[0].toUpperCase(Locale.ROOT);
    }

    /**
     * The service's id wherever the portal runs, through every import: the id its Open Referral directory gave it
     * when that is a UUID, as HSDS asks, so others can match it up; otherwise a UUID made from its source and its id
     * there.
     */
    public UUID stableId() {
        if (source == Source.OPEN_REFERRAL && UUID_TEXT.matcher(sourceId).matches()) {
            return UUID.fromString(sourceId);
        }
        return UUID.nameUUIDFromBytes((source.name() + ":" + sourceId).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A digest of everything the record says, so a file imported again is seen to change nothing. Collections are
     * written in a fixed order.
     */
    String fingerprint() {
        String groups = clientGroups.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        String graded = grades.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(grade -> grade.getKey() + "=" + grade.getValue()).collect(Collectors.joining(","));
        return Sha256.hex(String.join("\u001f", List.of(source.name(), sourceId, name, text(description),
                text(providerName), kind.name(), groups, text(councilArea), text(town), text(postcode),
                text(address), graded, String.valueOf(active), String.valueOf(takesDirectPayments),
                String.valueOf(offersIndividualServiceFunds), String.join(",", new TreeSet<>(languages)),
                String.valueOf(outOfHours), String.valueOf(weekends), text(phone), text(email), text(website),
                text(cost), String.valueOf(lastInspected), String.valueOf(complaintsUpheld))));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
