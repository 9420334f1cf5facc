package scot.sds.portal.providers;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** A service in the directory, as last imported from its source. */
@Entity
class SupportService {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private Source source;

    private String sourceId;
    private String name;
    private String description;
    private String providerName;

    @Enumerated(EnumType.STRING)
    private ServiceKind kind;

    /** Client group names, comma-separated. */
    private String clientGroups;

    private String councilArea;
    private String town;
    private String postcode;
    private String address;
    private Integer gradeWellbeing;
    private Integer gradeCarePlanning;
    private Integer gradeSetting;
    private Integer gradeStaffTeam;
    private Integer gradeLeadership;
    private boolean active;
    private Boolean takesDirectPayments;
    private Boolean offersServiceFunds;

    /** ISO 639 codes, comma-separated. */
    private String languages;

    private boolean outOfHours;
    private boolean weekends;
    private String phone;
    private String email;
    private String website;
    private String cost;
    private LocalDate lastInspected;
    private Integer complaintsUpheld;
    private String fingerprint;
    private Instant updated;

    protected SupportService() {}

    SupportService(ServiceRecord record, String fingerprint, Instant now) {
        this.source = record.source();
        this.sourceId = record.sourceId();
        update(record, fingerprint, now);
    }

    /** Takes what the record says, with its fingerprint, which the caller has seen differ from the one kept. */
    void update(ServiceRecord record, String fingerprint, Instant now) {
        name = fit(record.name(), 300);
        description = record.description();
        providerName = fit(record.providerName(), 300);
        kind = record.kind();
        clientGroups = record.clientGroups().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        councilArea = fit(record.councilArea(), 100);
        town = fit(record.town(), 100);
        postcode = fit(record.postcode(), 12);
        address = fit(record.address(), 500);
        gradeWellbeing = record.grades().get(KeyQuestion.WELLBEING);
        gradeCarePlanning = record.grades().get(KeyQuestion.CARE_PLANNING);
        gradeSetting = record.grades().get(KeyQuestion.SETTING);
        gradeStaffTeam = record.grades().get(KeyQuestion.STAFF_TEAM);
        gradeLeadership = record.grades().get(KeyQuestion.LEADERSHIP);
        active = record.active();
        takesDirectPayments = record.takesDirectPayments();
        offersServiceFunds = record.offersIndividualServiceFunds();
        languages = fit(String.join(",", new TreeSet<>(record.languages())), 200);
        outOfHours = record.outOfHours();
        weekends = record.weekends();
        phone = fit(record.phone(), 50);
        email = fit(record.email(), 200);
        website = fit(record.website(), 500);
        cost = fit(record.cost(), 500);
        lastInspected = record.lastInspected();
        complaintsUpheld = record.complaintsUpheld();
        this.fingerprint = fingerprint;
        updated = now;
    }

    /** A value cut to its column's length, so one overlong field in a file cannot stop a whole import. */
    private static String fit(String value, int most) {
        return value == null || value.length() <= most ? value : value.substring(0, most);
    }

    Long id() {
        return id;
    }

    String sourceId() {
        return sourceId;
    }

    String fingerprint() {
        return fingerprint;
    }

    Instant updated() {
        return updated;
    }

    /** The service as it was imported. */
    ServiceRecord record() {
        Map<KeyQuestion, Integer> grades = new EnumMap<>(KeyQuestion.class);
        put(grades, KeyQuestion.WELLBEING, gradeWellbeing);
        put(grades, KeyQuestion.CARE_PLANNING, gradeCarePlanning);
        put(grades, KeyQuestion.SETTING, gradeSetting);
        put(grades, KeyQuestion.STAFF_TEAM, gradeStaffTeam);
        put(grades, KeyQuestion.LEADERSHIP, gradeLeadership);
        return new ServiceRecord(source, sourceId, name, description, providerName, kind, groups(), councilArea,
                town, postcode, address, grades, active, takesDirectPayments, offersServiceFunds, codes(),
                outOfHours, weekends, phone, email, website, cost, lastInspected, complaintsUpheld);
    }

    private Set<ClientGroup> groups() {
        Set<ClientGroup> groups = EnumSet.noneOf(ClientGroup.class);
        Arrays.stream(clientGroups.split(",")).filter(name -> !name.isEmpty())
                .forEach(name -> groups.add(ClientGroup.valueOf(name)));
        return groups;
    }

    private Set<String> codes() {
        return Arrays.stream(languages.split(",")).filter(code -> !code.isEmpty()).collect(Collectors.toSet());
    }

    private static void put(Map<KeyQuestion, Integer> grades, KeyQuestion question, Integer grade) {
        if (grade != null) {
            grades.put(question, grade);
        }
    }
}
