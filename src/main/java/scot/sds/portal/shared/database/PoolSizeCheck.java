package scot.sds.portal.shared.database;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Refuses to start with no more database connections than request threads. A request can need two connections at
 * once (its own transaction and the audit trail's), so with too few, busy requests could each hold one and wait for
 * ever for a second: found by the round-trip benchmark, where 10 connections served 200 threads.
 */
@Component
class PoolSizeCheck {

    PoolSizeCheck(DataSource dataSource, @Value("${server.tomcat.threads.max}") int requestThreads) {
        check(dataSource, requestThreads);
    }

    static void check(DataSource dataSource, int requestThreads) {
        if (dataSource instanceof HikariDataSource pool && pool.getMaximumPoolSize() <= requestThreads) {
            throw new IllegalStateException("spring.datasource.hikari.maximum-pool-size (" + pool.getMaximumPoolSize()
                    + ") must be more than server.tomcat.threads.max (" + requestThreads + ")");
        }
    }
}
