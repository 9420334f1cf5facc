package scot.sds.portal.shared.records;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A keeper whose answers are each one query of the feature's own tables, the person's id bound as {@code :id}: a
 * feature names its part and gives its queries, and overrides only what one query cannot do.
 */
public abstract class QueriedRecords implements PersonalRecordKeeper {

    private final JdbcClient jdbc;
    private final String part;
    private final Queries queries;

    /**
     * @param export the person's records, one row a record, its column labels the field names
     * @param people the ids of everyone with records here, one column; {@code null} for a part that holds no drafts
     * @param lastChange one timestamp: when the person's records here last changed; {@code null} as for people
     * @param erase the statements that delete the person's records, in order; none for a part that is kept
     */
    public record Queries(String export, String people, String lastChange, List<String> erase) {}

    protected QueriedRecords(JdbcClient jdbc, String part, Queries queries) {
        this.jdbc = jdbc;
        this.part = part;
        this.queries = queries;
    }

    protected JdbcClient jdbc() {
        return jdbc;
    }

    @Override
    public String part() {
        return part;
    }

    @Override
    public List<Map<String, Object>> export(long personId) {
        return jdbc.sql(queries.export()).param("id", personId).query().listOfRows();
    }

    @Override
    public Set<Long> people() {
        if (queries.people() == null) {
            return Set.of();
        }
        Set<Long> people = new HashSet<>(jdbc.sql(queries.people()).query(Long.class).list());
        people.remove(null);
        return people;
    }

    @Override
    public Optional<Instant> lastChange(long personId) {
        if (queries.lastChange() == null) {
            return Optional.empty();
        }
        return jdbc.sql(queries.lastChange()).param("id", personId).query(Timestamp.class).list().stream()
                .filter(Objects::nonNull).map(Timestamp::toInstant).findFirst();
    }

    @Override
    public void erase(long personId) {
        queries.erase().forEach(statement -> jdbc.sql(statement).param("id", personId).update());
    }
}
