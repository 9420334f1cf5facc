package scot.sds.portal.providers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * Reads the Care Inspectorate's Datastore CSV as published: UTF-8 with or without a byte-order mark, or the
 * Windows Latin-1 of older files; columns found by name whatever their case or punctuation, with the names older
 * files used for the grades (quality themes) and the complaints columns that are renamed every year. A file
 * without the columns that identify a service is not this file at all.
 */
final class CareInspectorateCsv {

    private static final Charset WINDOWS_LATIN_1 = Charset.forName("windows-1252");
    private static final Pattern COMPLAINTS = Pattern.compile("complaintsupheld(\\d+)");
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("d/M/uuuu"), DateTimeFormatter.ISO_LOCAL_DATE,
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("d-MMM-uu")
                    .toFormatter(Locale.UK),
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("d MMM uuuu")
                    .toFormatter(Locale.UK));

    /** The grade columns of each key question: today's name first, then the quality theme older files used. */
    private static final Map<KeyQuestion, List<String>> GRADES = Map.of(
            KeyQuestion.WELLBEING, List.of("kqsupportwellbeing", "qualityofcareandsupport"),
            KeyQuestion.CARE_PLANNING, List.of("kqcareandsupportplanning"),
            KeyQuestion.SETTING, List.of("kqsetting", "qualityofenvironment"),
            KeyQuestion.STAFF_TEAM, List.of("kqstaffteam", "qualityofstaffing"),
            KeyQuestion.LEADERSHIP, List.of("kqleadership", "qualityofmanagementandleadership"));

    private CareInspectorateCsv() {}

    static ParsedFile read(byte[] file) {
        String text = decode(file);
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).setAllowMissingColumnNames(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL).get();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            Columns columns = new Columns(parser.getHeaderNames());
            List<ServiceRecord> records = new ArrayList<>();
            List<Rejection> rejections = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            LineStarts lines = new LineStarts(text);
            for (CSVRecord row : parser) {
                Row read = new Row(columns, row, lines.lineAt(row.getCharacterPosition()));
                Optional<Rejection> problem = read.problem(ids);
                if (problem.isPresent()) {
                    rejections.add(problem.get());
                } else {
                    read.record().ifPresentOrElse(records::add, () -> rejections.add(read.rejection()));
                }
            }
            return new ParsedFile(records, rejections);
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw new BrokenFile(BrokenFile.Why.NOT_CSV, e.getMessage(), e);
        }
    }

    /** UTF-8 (a byte-order mark is dropped) if it is valid UTF-8; otherwise the Windows Latin-1 of older files. */
    static String decode(byte[] file) {
        if (file.length >= 3 && (file[0] & 0xff) == 0xef && (file[1] & 0xff) == 0xbb && (file[2] & 0xff) == 0xbf) {
            return new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(file, WINDOWS_LATIN_1);
        }
    }

    /** Where each line of the text starts, to tell the line a record starts on from its first character. */
    private static final class LineStarts {

        private final List<Long> starts = new ArrayList<>();

        LineStarts(String text) {
            starts.add(0L);
            for (int index = 0; index < text.length(); index++) {
                if (text.charAt(index) == '\n') {
                    starts.add(index + 1L);
                }
            }
        }

        long lineAt(long position) {
            int found = Collections.binarySearch(starts, position);
            return (found >= 0 ? found : -found - 2) + 1;
        }
    }

    /** The file's columns by their names with case and punctuation ignored: "Service_town" is "servicetown". */
    private static final class Columns {

        private final Map<String, Integer> byName = new HashMap<>();
        private Integer complaints;

        Columns(List<String> headers) {
            int latestYear = -1;
            for (int index = 0; index < headers.size(); index++) {
                String name = normal(headers.get(index));
                byName.putIfAbsent(name, index);
                Matcher year = COMPLAINTS.matcher(name);
                if (year.matches() && Integer.parseInt(year.group(1)) > latestYear) {
                    latestYear = Integer.parseInt(year.group(1));
                    complaints = index;
                }
            }
            for (String required : List.of("csnumber", "servicename")) {
                if (!byName.containsKey(required)) {
                    throw new BrokenFile(BrokenFile.Why.MISSING_COLUMN,
                            "csnumber".equals(required) ? "CSNumber" : "ServiceName", null);
                }
            }
        }

        Optional<Integer> index(String... names) {
            for (String name : names) {
                if (byName.containsKey(name)) {
                    return Optional.of(byName.get(name));
                }
            }
            return Optional.empty();
        }

        Optional<Integer> complaints() {
            return Optional.ofNullable(complaints);
        }

        static String normal(String header) {
            return header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        }
    }

    /** One row, read field by field; the first problem found rejects it. */
    private static final class Row {

        private final Columns columns;
        private final CSVRecord row;
        private final long line;
        private Rejection rejection;

        Row(Columns columns, CSVRecord row, long line) {
            this.columns = columns;
            this.row = row;
            this.line = line;
        }

        /** A problem with the row as a whole: its shape, or its id. */
        Optional<Rejection> problem(Set<String> ids) {
            if (!row.isConsistent()) {
                return Optional.of(new Rejection(line, Rejection.Problem.WRONG_FIELD_COUNT,
                        row.size() + " fields"));
            }
            String id = field("csnumber");
            if (id == null) {
                return Optional.of(new Rejection(line, Rejection.Problem.NO_ID, "CSNumber"));
            }
            if (field("servicename") == null) {
                return Optional.of(new Rejection(line, Rejection.Problem.NO_NAME, id));
            }
            if (!ids.add(id.toUpperCase(Locale.ROOT))) {
                return Optional.of(new Rejection(line, Rejection.Problem.REPEATED_ID, id));
            }
            return Optional.empty();
        }

        Optional<ServiceRecord> record() {
            Map<KeyQuestion, Integer> grades = new EnumMap<>(KeyQuestion.class);
            GRADES.forEach((question, names) -> grade(names).ifPresent(grade -> grades.put(question, grade)));
            LocalDate inspected = date("lastinspectiondate");
            if (rejection != null) {
                return Optional.empty();
            }
            String typeText = String.join(" ", text("careservice"), text("subtype"), text("servicetype"))
                    .toLowerCase(Locale.ROOT);
            String groupsText = String.join(" ", text("clientgroup"), text("subtype"), text("additionalsubtypes"),
                    text("carehomemainareaofcare"), text("carehomeallareasofprovision")).toLowerCase(Locale.ROOT);
            ServiceKind kind = kind(typeText);
            boolean roundTheClock = kind == ServiceKind.CARE_HOME;
            Integer complaints = columns.complaints().map(this::at).filter(value -> value.matches("\\d+"))
                    .map(Integer::valueOf).orElse(null);
            return Optional.of(new ServiceRecord(Source.CARE_INSPECTORATE, field("csnumber"),
                    field("servicename"), null, field("serviceprovider"), kind, clientGroups(groupsText),
                    field("councilareaname"), field("servicetown"), field("servicepostcode"), address(), grades,
                    "active".equalsIgnoreCase(text("servicestatus")), null, null, Set.of(), roundTheClock,
                    roundTheClock, field("servicephonenumber"), field("eformsemailaddress"), null, null, inspected,
                    complaints));
        }

        Rejection rejection() {
            return rejection;
        }

        private Optional<Integer> grade(List<String> names) {
            Optional<Integer> column = columns.index(names.toArray(String[]::new));
            String value = column.map(this::at).orElse(null);
            if (value == null || value.isBlank() || value.equalsIgnoreCase("n/a") || value.equals("-")
                    || value.equals("0")) {
                return Optional.empty();
            }
            if (!value.matches("[1-6]")) {
                reject(Rejection.Problem.BAD_GRADE, names.getFirst() + " = " + value);
                return Optional.empty();
            }
            return Optional.of(Integer.valueOf(value));
        }

        private LocalDate date(String name) {
            String value = field(name);
            if (value == null) {
                return null;
            }
            String day = value.split("[ T]\\d{1,2}:")[0];
            for (DateTimeFormatter format : DATES) {
                try {
                    return LocalDate.parse(day, format);
                } catch (DateTimeParseException notThisFormat) {
                    // Files have used several ways of writing dates: try the next.
                }
            }
            reject(Rejection.Problem.BAD_DATE, name + " = " + value);
            return null;
        }

        private void reject(Rejection.Problem problem, String detail) {
            if (rejection == null) {
                rejection = new Rejection(line, problem, detail);
            }
        }

        private String address() {
            List<String> lines = new ArrayList<>();
            for (String name : List.of("addressline1", "addressline2", "addressline3", "addressline4")) {
                String value = field(name);
                if (value != null) {
                    lines.add(value);
                }
            }
            return lines.isEmpty() ? null : String.join(", ", lines);
        }

        /** A field's value, or {@code null} if the column is missing or the field blank. */
        private String field(String name) {
            String value = columns.index(name).map(this::at).orElse(null);
            return value == null || value.isBlank() ? null : value.strip();
        }

        private String text(String name) {
            String value = field(name);
            return value == null ? "" : value;
        }

        private String at(int index) {
            return index < row.size() ? row.get(index) : null;
        }
    }

    /** The kind of service from its registration: services for children are not adult social care. */
    static ServiceKind kind(String registration) {
        if (registration.contains("child") || registration.contains("adoption") || registration.contains("fostering")
                || registration.contains("school")) {
            return ServiceKind.OTHER;
        }
        if (registration.contains("other than care at home")) {
            return ServiceKind.DAY_CARE;
        }
        if (registration.contains("care at home")) {
            return ServiceKind.CARE_AT_HOME;
        }
        if (registration.contains("housing support")) {
            return ServiceKind.HOUSING_SUPPORT;
        }
        if (registration.contains("care home")) {
            return ServiceKind.CARE_HOME;
        }
        if (registration.contains("respite") || registration.contains("short break")) {
            return ServiceKind.RESPITE;
        }
        return ServiceKind.OTHER;
    }

    static Set<ClientGroup> clientGroups(String described) {
        Set<ClientGroup> groups = EnumSet.noneOf(ClientGroup.class);
        Map<String, ClientGroup> words = Map.of("older people", ClientGroup.OLDER_PEOPLE,
                "learning disab", ClientGroup.LEARNING_DISABILITY, "mental health", ClientGroup.MENTAL_HEALTH,
                "dementia", ClientGroup.DEMENTIA, "physical", ClientGroup.PHYSICAL_DISABILITY,
                "sensory", ClientGroup.PHYSICAL_DISABILITY, "carer", ClientGroup.CARERS);
        words.forEach((word, group) -> {
            if (described.contains(word)) {
                groups.add(group);
            }
        });
        return groups;
    }
}
