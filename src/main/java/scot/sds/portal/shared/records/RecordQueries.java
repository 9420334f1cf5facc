package scot.sds.portal.shared.records;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The two questions most keepers answer with one query each. */
public final class RecordQueries {

    private RecordQueries() {}

    /** The ids a query of one column lists, without the empty ones. */
    public static Set<Long> people(JdbcClient jdbc, String sql) {
        Set<Long> people = new HashSet<>(jdbc.sql(sql).query(Long.class).list());
        people.remove(null);
        return people;
    }

    /** The one timestamp a query for the person ({@code :id}) gives, such as a {@code MAX}, if any. */
    public static Optional<Instant> latest(JdbcClient jdbc, String sql, long personId) {
        return jdbc.sql(sql).param("id", personId).query(Timestamp.class).list().stream().filter(Objects::nonNull)
                .map(Timestamp::toInstant).findFirst();
    }
}
