package scot.sds.portal.records;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.sds.portal.access.AccessGuard;
import scot.sds.portal.access.Action;
import scot.sds.portal.shared.records.PersonalRecordKeeper;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The person's copy of everything the portal holds about them: for the person, or for council staff on their
 * behalf; anyone else, a helper included, is refused. Each copy made is in the person's audit trail.
 */
@Service
public class RecordsService {

    /** The parts in the order a person reads them: who they are, who helps, what they said, what happened. */
    static final List<String> PARTS = List.of("account", "helpers", "answers", "outcomes", "option-preference",
            "shortlist", "case", "who-has-seen");

    private static final JsonMapper JSON = JsonMapper.shared();

    private final List<PersonalRecordKeeper> keepers;
    private final AccessGuard guard;
    private final RetentionRules rules;
    private final Clock clock;

    RecordsService(List<PersonalRecordKeeper> keepers, AccessGuard guard, RetentionRules rules, Clock clock) {
        this.keepers = keepers.stream().sorted(Comparator.comparingInt(keeper -> position(keeper.part()))).toList();
        this.guard = guard;
        this.rules = rules;
        this.clock = clock;
    }

    private static int position(String part) {
        int position = PARTS.indexOf(part);
        if (position < 0) {
            throw new IllegalStateException("A part of the copy with no place in it: " + part);
        }
        return position;
    }

    /** Everything held about the person, read after the access check; refused with NotPermittedException. */
    @Transactional(readOnly = true)
    public PersonalRecords copyOf(long personId) {
        guard.require(personId, Action.DOWNLOAD_RECORDS);
        Map<String, List<Map<String, Object>>> parts = new LinkedHashMap<>();
        for (PersonalRecordKeeper keeper : keepers) {
            parts.put(keeper.part(), keeper.export(personId).stream().map(RecordsService::plain).toList());
        }
        return new PersonalRecords(personId, clock.instant(), parts);
    }

    /** The copy as one JSON document, for a computer to read. */
    public byte[] json(PersonalRecords records) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("format", PersonalRecords.FORMAT);
        document.put("personId", records.personId());
        document.put("madeAt", records.madeAt().toString());
        document.put("parts", records.parts());
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(document);
    }

    /** How long the council keeps each type of record, for the person to read. */
    public List<RetentionRule> retentionRules() {
        return rules.rules();
    }

    /** Database values as the copy holds them: moments and dates as such, stored JSON as structured data. */
    private static Map<String, Object> plain(Map<String, Object> row) {
        Map<String, Object> plain = new LinkedHashMap<>();
        row.forEach((field, value) -> {
            if (value != null) {
                plain.put(field, plainValue(value));
            }
        });
        return plain;
    }

    private static Object plainValue(Object value) {
        return switch (value) {
            case Timestamp timestamp -> timestamp.toInstant();
            case java.sql.Date date -> date.toLocalDate();
            case String text when text.startsWith("{") || text.startsWith("[") -> structured(text);
            default -> value;
        };
    }

    private static Object structured(String text) {
        try {
            return JSON.readTree(text);
        } catch (JacksonException notJson) {
            return text;
        }
    }
}
