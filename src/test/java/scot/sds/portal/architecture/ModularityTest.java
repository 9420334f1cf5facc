package scot.sds.portal.architecture;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import scot.sds.portal.PortalApplication;

/** Features depend on each other only through their public API: no cycles, no reaching into internals. */
class ModularityTest {

    @Test
    void features_respect_each_others_boundaries() {
        ApplicationModules.of(PortalApplication.class).verify();
    }
}
