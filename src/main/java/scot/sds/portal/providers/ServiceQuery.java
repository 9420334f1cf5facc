package scot.sds.portal.providers;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a person searches for. Every part is optional: an empty query finds every active service.
 *
 * @param place a town, or a postcode district such as {@code PA1} (a full postcode is read as its district)
 * @param minimumGrade the lowest grade accepted on every key question graded, {@code null} for any; services that
 *     are not registered with the Care Inspectorate have no grades and are not held back by it
 * @param language an ISO 639 code
 * @param text words to find in names, providers and descriptions, forgiving small typing mistakes
 * @param page counted from 0
 */
public record ServiceQuery(String councilArea, String place, Set<ServiceKind> kinds, Set<ClientGroup> clientGroups,
        Integer minimumGrade, boolean takesDirectPayments, boolean offersIndividualServiceFunds, String language,
        boolean outOfHours, boolean weekends, String text, int page) {

    /** Good (4) or better, as councils' Self-directed Support frameworks ask. */
    public static final int GOOD = 4;

    public static final int PAGE_SIZE = 20;

    private static final Pattern POSTCODE = Pattern.compile("^([A-Z]{1,2}[0-9][A-Z0-9]?)(\\s*[0-9][A-Z]{2})?$");

    public ServiceQuery {
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        clientGroups = clientGroups == null ? Set.of() : Set.copyOf(clientGroups);
        page = Math.max(0, page);
    }

    /** Everything, good or better. */
    public static ServiceQuery everything() {
        return new ServiceQuery(null, null, Set.of(), Set.of(), GOOD, false, false, null, false, false, null, 0);
    }

    /** The district ("PA1") of a postcode or of a district itself, such as "pa1 2ab"; empty for any other text. */
    public static Optional<String> postcodeDistrict(String place) {
        Matcher postcode = POSTCODE.matcher(place.strip().toUpperCase(Locale.ROOT));
        return postcode.matches() ? Optional.of(postcode.group(1)) : Optional.empty();
    }

    public ServiceQuery onPage(int number) {
        return new ServiceQuery(councilArea, place, kinds, clientGroups, minimumGrade, takesDirectPayments,
                offersIndividualServiceFunds, language, outOfHours, weekends, text, number);
    }
}
