package scot.sds.portal.shared.records;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one feature holds about a person, for the person's copy of everything and for the retention rules. Only
 * the records feature calls a keeper, after its own access check or as the retention job; an architecture test
 * keeps it so.
 */
public interface PersonalRecordKeeper {

    /** The part of the copy this keeper fills: a stable name, such as {@code answers}. */
    String part();

    /** Everything this feature holds about the person, one map a record, its keys the field names. */
    List<Map<String, Object>> export(long personId);

    /** The people this feature holds records about. */
    Set<Long> people();

    /** When the person's records here last changed, if there are any. */
    Optional<Instant> lastChange(long personId);

    /** Whether the person has sent anything to the council, which ends the rule for drafts never sent. */
    default boolean sentToCouncil(long personId) {
        return false;
    }

    /**
     * Deletes what this feature holds about the person, apart from what a keeper says it must keep for another
     * reason (the account, so the person can still sign in; the audit trail, which has a retention of its own).
     */
    void erase(long personId);

    /** The record type in the retention rules that this keeper applies itself, if any. */
    default Optional<String> recordType() {
        return Optional.empty();
    }

    /**
     * Deletes the records of its {@link #recordType()} that reached the end of their retention before the given
     * moment, and says how many it deleted.
     */
    default int expire(Instant endedBefore) {
        throw new UnsupportedOperationException(part() + " keeps no record type of its own");
    }
}
