import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Writes the sample directory the portal imports on its first run, so a new installation has something to search:
 * a Care Inspectorate Datastore CSV and an Open Referral UK (HSDS 3) JSON file for four council areas. Every
 * record is made up here, from word lists and a fixed seed (the same files every time), and labelled as a sample.
 *
 * <p>Run from the repository: {@code java src/tools/GenerateSampleDirectory.java}
 */
public class GenerateSampleDirectory {

    private static final Path OUT = Path.of("src/main/resources/providers/sample");
    private static final int CARE_SERVICES = 2600;
    private static final int COMMUNITY_SERVICES = 900;

    record Area(String council, String healthBoard, List<Town> towns) {}

    record Town(String name, List<String> districts) {}

    private static final List<Area> AREAS = List.of(
            new Area("Glasgow City", "NHS Greater Glasgow and Clyde", List.of(
                    new Town("Glasgow", List.of("G1", "G2", "G3", "G4", "G5", "G11", "G12", "G13", "G14", "G15",
                            "G20", "G21", "G22", "G23", "G31", "G32", "G33", "G34", "G40", "G41", "G42", "G43",
                            "G44", "G45", "G46", "G51", "G52", "G53")))),
            new Area("Renfrewshire", "NHS Greater Glasgow and Clyde", List.of(
                    new Town("Paisley", List.of("PA1", "PA2", "PA3")), new Town("Renfrew", List.of("PA4")),
                    new Town("Johnstone", List.of("PA5", "PA6")), new Town("Erskine", List.of("PA8")),
                    new Town("Bishopton", List.of("PA7")))),
            new Area("Highland", "NHS Highland", List.of(
                    new Town("Inverness", List.of("IV1", "IV2", "IV3")), new Town("Fort William", List.of("PH33")),
                    new Town("Nairn", List.of("IV12")), new Town("Thurso", List.of("KW14")),
                    new Town("Wick", List.of("KW1")), new Town("Portree", List.of("IV51")),
                    new Town("Dingwall", List.of("IV15")), new Town("Aviemore", List.of("PH22")))),
            new Area("Na h-Eileanan Siar", "NHS Western Isles", List.of(
                    new Town("Stornoway", List.of("HS1", "HS2")), new Town("Tarbert", List.of("HS3")),
                    new Town("Balivanich", List.of("HS7")), new Town("Lochboisdale", List.of("HS8")),
                    new Town("Castlebay", List.of("HS9")))));

    private static final List<String> PLACES = List.of("Birch", "Rowan", "Heather", "Thistle", "Clyde", "Cairn",
            "Lochside", "Glen", "Strath", "Bracken", "Willow", "Ash", "Oak", "Hazel", "Harbour", "Hillside",
            "Riverside", "Meadow", "Kelvin", "Morven", "Iona", "Skye", "Machair", "Caledonia", "Bluebell", "Larch",
            "Bramble", "Tweed", "Esk", "Ness", "Cromarty", "Benbecula", "Seaview", "Parkhead", "Craigton");
    private static final List<String> BUILDINGS = List.of("Court", "House", "View", "Lodge", "Gardens", "Park",
            "Grange", "Mews");
    private static final List<String> STREETS = List.of("High Street", "Main Street", "Station Road", "Church Lane",
            "Mill Road", "Shore Road", "Victoria Road", "King Street", "Queen Street", "Castle Street");
    private static final List<String> ORGANISATIONS = List.of("Care Ltd", "Support Services", "Community Care",
            "Trust", "Partnership", "Care Group", "Housing Association", "Cooperative");

    /** Kind of registration, its subtype, the client groups it may serve, and how common it is (out of 100). */
    record Registration(String careService, String subtype, List<String> groups, int weight, String nameEnding) {}

    private static final List<Registration> REGISTRATIONS = List.of(
            new Registration("Care Home Service", "Older People", List.of("Older People", "Dementia",
                    "Physical and Sensory Impairment"), 22, "Care Home"),
            new Registration("Care Home Service", "Learning Disabilities", List.of("Learning Disabilities"), 4,
                    "Care Home"),
            new Registration("Care Home Service", "Mental Health Problems", List.of("Mental Health Problems"), 3,
                    "Care Home"),
            new Registration("Support Service", "Care at Home", List.of("Older People", "Learning Disabilities",
                    "Physical and Sensory Impairment", "Mental Health Problems", "Dementia"), 27,
                    "Care at Home"),
            new Registration("Housing Support Service", "", List.of("Learning Disabilities",
                    "Mental Health Problems", "Older People"), 14, "Housing Support"),
            new Registration("Support Service", "Other than Care at Home", List.of("Older People",
                    "Learning Disabilities", "Dementia", "Carers"), 14, "Day Centre"),
            new Registration("Child Minding", "", List.of(), 10, "Childminding"),
            new Registration("Day Care of Children", "", List.of(), 6, "Nursery"));

    public static void main(String[] args) throws IOException {
        Files.createDirectories(OUT);
        Random random = new Random(20261124L);
        Files.writeString(OUT.resolve("care-inspectorate-sample.csv"), careServices(random),
                StandardCharsets.UTF_8);
        Files.writeString(OUT.resolve("open-referral-sample.json"), communityServices(random),
                StandardCharsets.UTF_8);
        System.out.println("Wrote " + CARE_SERVICES + " care services and " + COMMUNITY_SERVICES
                + " community services to " + OUT);
    }

    private static String careServices(Random random) {
        StringBuilder csv = new StringBuilder("CSNumber,CareService,Subtype,AdditionalSubtypes,ServiceType,"
                + "ServiceName,Address_line_1,Address_line_2,Address_line_3,Address_line_4,Service_town,"
                + "Service_Postcode,Service_Phone_Number,Eforms_email_address,Manager_Name,SP_number,"
                + "ServiceProvider,Provided_by_Local_Authority,ServiceStatus,Date_Reg,Council_Area_Name,"
                + "Health_Board_Name,Registered_Places,Client_group,CareHome_Main_Area_of_Care,"
                + "Care_Home_All_Areas_of_Provision,KQ_Support_Wellbeing,KQ_Care_and_Support_Planning,KQ_Setting,"
                + "KQ_Staff_Team,KQ_Leadership,MinGrade,MaxGrade,Publication_of_Latest_Grading,"
                + "Complaints_upheld_2324,Complaints_upheld_2425,Last_inspection_Date\r\n");
        for (int index = 1; index <= CARE_SERVICES; index++) {
            Registration registration = registration(random);
            Area area = pick(random, AREAS);
            Town town = pick(random, area.towns());
            String place = pick(random, PLACES);
            boolean careHome = registration.careService().startsWith("Care Home");
            String name = place + (careHome ? " " + pick(random, BUILDINGS) : "") + " "
                    + registration.nameEnding() + " (sample)";
            String sector = pick(random, List.of("Private", "Voluntary or Not for Profit", "Local Authority"));
            String provider = "Local Authority".equals(sector) ? area.council() + " Council (sample)"
                    : pick(random, PLACES) + " " + pick(random, ORGANISATIONS) + " (sample)";
            String status = random.nextInt(100) < 92 ? "Active" : random.nextBoolean() ? "Cancelled" : "Inactive";
            List<String> groups = groups(random, registration.groups());
            boolean graded = random.nextInt(100) >= 8 && !registration.groups().isEmpty();
            String[] grades = new String[5];
            int low = 6;
            int high = 1;
            for (int question = 0; question < 5; question++) {
                boolean asked = graded && (careHome || question != 2);
                int grade = grade(random);
                grades[question] = asked ? String.valueOf(grade) : "";
                if (asked) {
                    low = Math.min(low, grade);
                    high = Math.max(high, grade);
                }
            }
            String inspected = graded ? date(random, 2022, 2025) : "";
            csv.append(String.join(",", List.of(
                    String.format(Locale.ROOT, "CS9%09d", index), registration.careService(),
                    registration.subtype(), "", sector, quoted(name),
                    (1 + random.nextInt(180)) + " " + pick(random, STREETS), "", "", "", town.name(),
                    postcode(random, town), phone(random), "sample-" + index + "@example.org", "",
                    String.format(Locale.ROOT, "SP9%09d", 1 + random.nextInt(900)), quoted(provider),
                    "Local Authority".equals(sector) ? "Yes" : "No", status, date(random, 1995, 2022),
                    quoted(area.council()), area.healthBoard(),
                    careHome ? String.valueOf(10 + random.nextInt(70)) : "",
                    quoted(String.join("; ", groups)), careHome ? registration.subtype() : "",
                    careHome ? quoted(String.join(", ", groups) + (random.nextInt(3) == 0 ? ", Respite" : ""))
                            : "",
                    grades[0], grades[1], grades[2], grades[3], grades[4], graded ? String.valueOf(low) : "",
                    graded ? String.valueOf(high) : "", inspected, String.valueOf(random.nextInt(3)),
                    String.valueOf(random.nextInt(3)), inspected))).append("\r\n");
        }
        return csv.toString();
    }

    private static String communityServices(Random random) {
        List<String[]> kinds = List.of(
                new String[] {"advocacy", "Advocacy", "Advocacy"},
                new String[] {"brokerage", "Brokerage", "Support Planning and Brokerage"},
                new String[] {"community-group", "Community group", "Community Group"},
                new String[] {"peer-support", "Peer support", "Peer Support Group"},
                new String[] {"pa-register", "Personal assistants register", "Personal Assistant Finder"},
                new String[] {"short-breaks", "Short breaks", "Short Breaks"},
                new String[] {"day-services", "Day services", "Day Opportunities"});
        List<String[]> groups = List.of(new String[] {"older-people", "Older people"},
                new String[] {"learning-disability", "Learning disability"},
                new String[] {"mental-health", "Mental health"}, new String[] {"dementia", "Dementia"},
                new String[] {"physical-disability", "Physical disability"}, new String[] {"carers", "Carers"});
        List<String[]> languages = List.of(new String[] {"pl", "Polish"}, new String[] {"ur", "Urdu"},
                new String[] {"ar", "Arabic"}, new String[] {"zh", "Chinese"}, new String[] {"gd", "Gaelic"},
                new String[] {"pa", "Punjabi"}, new String[] {"bfi", "British Sign Language"});
        StringBuilder json = new StringBuilder("{\"total_items\": " + COMMUNITY_SERVICES + ", \"contents\": [\n");
        for (int index = 1; index <= COMMUNITY_SERVICES; index++) {
            String[] kind = pick(random, kinds);
            Area area = pick(random, AREAS);
            Town town = pick(random, area.towns());
            String id = String.format(Locale.ROOT, "00000000-5a3e-4e00-8000-%012d", index);
            String name = pick(random, PLACES) + " " + kind[2] + " (sample)";
            List<String> terms = new ArrayList<>();
            terms.add(term(id, 0, kind[0], kind[1]));
            Set<String[]> served = new LinkedHashSet<>();
            for (int count = 1 + random.nextInt(2); count > 0; count--) {
                served.add(pick(random, groups));
            }
            int position = 1;
            for (String[] group : served) {
                terms.add(term(id, position++, group[0], group[1]));
            }
            if ("pa-register".equals(kind[0]) || random.nextInt(4) == 0) {
                terms.add(term(id, position++, "accepts-direct-payments", "Accepts direct payments"));
            }
            if ("brokerage".equals(kind[0]) || random.nextInt(6) == 0) {
                terms.add(term(id, position, "offers-individual-service-funds", "Offers individual service funds"));
            }
            List<String> spoken = new ArrayList<>(List.of("{\"id\": \"" + id + "-en\", \"name\": \"English\", "
                    + "\"code\": \"en\"}"));
            if (random.nextInt(3) == 0) {
                String[] language = pick(random, languages);
                spoken.add("{\"id\": \"" + id + "-" + language[0] + "\", \"name\": \"" + language[1]
                        + "\", \"code\": \"" + language[0] + "\"}");
            }
            boolean evenings = random.nextInt(5) == 0;
            boolean weekends = random.nextInt(4) == 0;
            String cost = random.nextInt(3) == 0
                    ? "{\"id\": \"" + id + "-cost\", \"option\": \"Per session\", \"amount\": "
                            + (2 + random.nextInt(14)) + ", \"currency\": \"GBP\"}"
                    : "{\"id\": \"" + id + "-cost\", \"amount\": 0, \"currency\": \"GBP\", "
                            + "\"amount_description\": \"Free\"}";
            json.append("  {\"id\": \"").append(id).append("\", \"name\": ").append(quotedJson(name))
                    .append(", \"description\": ").append(quotedJson("A sample " + kind[1].toLowerCase(Locale.ROOT)
                            + " service in " + town.name() + ", made up for trying the portal. Not a real service."))
                    .append(", \"url\": \"https://example.org/sample/").append(index).append("\"")
                    .append(", \"email\": \"community-").append(index).append("@example.org\"")
                    .append(", \"status\": \"").append(random.nextInt(100) < 94 ? "active" : "inactive")
                    .append("\", \"organization\": {\"id\": \"").append(id).append("-org\", \"name\": ")
                    .append(quotedJson(pick(random, PLACES) + " " + pick(random, ORGANISATIONS) + " (sample)"))
                    .append("}, \"service_areas\": [{\"id\": \"").append(id).append("-area\", \"name\": ")
                    .append(quotedJson(area.council())).append(", \"extent_type\": \"local_authority\"}]")
                    .append(", \"service_at_locations\": [{\"id\": \"").append(id)
                    .append("-at\", \"location\": {\"id\": \"").append(id)
                    .append("-location\", \"location_type\": \"physical\", \"addresses\": [{\"id\": \"").append(id)
                    .append("-address\", \"address_1\": ").append(quotedJson((1 + random.nextInt(120)) + " "
                            + pick(random, STREETS))).append(", \"city\": ").append(quotedJson(town.name()))
                    .append(", \"region\": ").append(quotedJson(area.council())).append(", \"state_province\": "
                            + "\"Scotland\", \"postal_code\": \"").append(postcode(random, town))
                    .append("\", \"country\": \"GB\", \"address_type\": \"physical\"}]}}]")
                    .append(", \"languages\": [").append(String.join(", ", spoken)).append("]")
                    .append(", \"cost_options\": [").append(cost).append("]")
                    .append(", \"contacts\": [{\"id\": \"").append(id).append("-contact\", \"name\": \"Duty worker\""
                            + ", \"phones\": [{\"id\": \"").append(id).append("-phone\", \"number\": \"")
                    .append(phone(random)).append("\"}]}]")
                    .append(", \"schedules\": [{\"id\": \"").append(id).append("-hours\", \"freq\": \"WEEKLY\", "
                            + "\"byday\": \"").append(weekends ? "MO,TU,WE,TH,FR,SA,SU" : "MO,TU,WE,TH,FR")
                    .append("\", \"opens_at\": \"09:00\", \"closes_at\": \"").append(evenings ? "21:00" : "17:00")
                    .append("\"}]")
                    .append(", \"attributes\": [").append(String.join(", ", terms)).append("]}")
                    .append(index < COMMUNITY_SERVICES ? ",\n" : "\n");
        }
        return json.append("]}\n").toString();
    }

    private static String term(String serviceId, int position, String code, String name) {
        return "{\"id\": \"" + serviceId + "-term-" + position + "\", \"taxonomy_term\": {\"id\": \"sds-" + code
                + "\", \"code\": \"" + code + "\", \"name\": \"" + name + "\", \"vocabulary\": \"sds-portal\"}}";
    }

    private static Registration registration(Random random) {
        int roll = random.nextInt(REGISTRATIONS.stream().mapToInt(Registration::weight).sum());
        for (Registration registration : REGISTRATIONS) {
            roll -= registration.weight();
            if (roll < 0) {
                return registration;
            }
        }
        throw new IllegalStateException("Weights add up");
    }

    private static List<String> groups(Random random, List<String> possible) {
        Set<String> chosen = new LinkedHashSet<>();
        for (int count = possible.isEmpty() ? 0 : 1 + random.nextInt(Math.min(2, possible.size())); count > 0;
                count--) {
            chosen.add(pick(random, possible));
        }
        return new ArrayList<>(chosen);
    }

    /** Mostly good or very good, as most registered services are, with some better and some worse. */
    private static int grade(Random random) {
        int roll = random.nextInt(100);
        return roll < 3 ? 2 : roll < 15 ? 3 : roll < 55 ? 4 : roll < 88 ? 5 : 6;
    }

    private static String postcode(Random random, Town town) {
        String letters = "ABDEFGHJLNPQRSTUWXYZ";
        return pick(random, town.districts()) + " " + random.nextInt(10) + letters.charAt(random.nextInt(20))
                + letters.charAt(random.nextInt(20));
    }

    private static String phone(Random random) {
        return String.format(Locale.ROOT, "01632 %06d", random.nextInt(1_000_000));
    }

    private static String date(Random random, int fromYear, int toYear) {
        return String.format(Locale.ROOT, "%02d/%02d/%d", 1 + random.nextInt(28), 1 + random.nextInt(12),
                fromYear + random.nextInt(toYear - fromYear + 1));
    }

    private static String quoted(String value) {
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private static String quotedJson(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static <T> T pick(Random random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
