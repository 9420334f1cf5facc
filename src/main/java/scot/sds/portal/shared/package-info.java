/**
 * The small kit every feature shares: languages and easy read, the page shell, and the display settings a
 * person chooses.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package scot.sds.portal.shared;

import org.springframework.modulith.ApplicationModule;
