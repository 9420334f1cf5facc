package scot.sds.portal.support;

import java.util.HashMap;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points a test's application context at this run's own database and mail server. */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, Object> properties = new HashMap<>(TestDatabase.properties());
        properties.putAll(TestMailServer.properties());
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-services", properties));
    }
}
