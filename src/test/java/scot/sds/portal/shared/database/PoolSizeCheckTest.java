package scot.sds.portal.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import scot.sds.portal.support.PortalTest;

/** The portal runs with more database connections than request threads, and will not start otherwise. */
@PortalTest
class PoolSizeCheckTest {

    @Autowired
    DataSource dataSource;

    @Value("${server.tomcat.threads.max}")
    int requestThreads;

    @Test
    void the_portal_has_more_connections_than_request_threads() {
        assertThat(dataSource).isInstanceOf(HikariDataSource.class);
        assertThat(((HikariDataSource) dataSource).getMaximumPoolSize()).isGreaterThan(requestThreads);
    }

    @Test
    void a_pool_no_larger_than_the_threads_is_refused() {
        try (HikariDataSource pool = new HikariDataSource()) {
            pool.setMaximumPoolSize(10);
            assertThatThrownBy(() -> PoolSizeCheck.check(pool, 200)).hasMessageContaining("maximum-pool-size (10)");
            assertThatThrownBy(() -> PoolSizeCheck.check(pool, 10)).isInstanceOf(IllegalStateException.class);
            assertThatCode(() -> PoolSizeCheck.check(pool, 9)).doesNotThrowAnyException();
        }
    }
}
