package scot.sds.portal.records;

import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import scot.sds.portal.shared.CouncilFiles;

/**
 * The council's retention rules from their data file, applied once a night. Several nodes may each run it: a rule
 * applied twice deletes nothing more.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RetentionSchedule {

    private final Retention retention;
    private final Clock clock;

    RetentionSchedule(Retention retention, Clock clock) {
        this.retention = retention;
        this.clock = clock;
    }

    @Bean
    static RetentionRules retentionRules(@Value("${portal.retention}") Resource file) {
        return CouncilFiles.read(file, RetentionRules.class);
    }

    @Scheduled(cron = "${portal.retention.cron}", zone = "${portal.retention.zone}")
    void applyNightly() {
        retention.apply(clock.instant());
    }
}
