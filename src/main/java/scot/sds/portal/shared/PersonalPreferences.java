package scot.sds.portal.shared;

import java.util.Optional;

/**
 * Remembers a signed-in person's reading mode with their account, so easy read follows them to any device.
 * Implemented by the feature that owns accounts.
 */
public interface PersonalPreferences {

    /** The signed-in person's remembered choice, or empty when nobody is signed in or nothing was chosen. */
    Optional<Boolean> easyRead();

    /** Remembers the choice for the signed-in person; does nothing when nobody is signed in. */
    void rememberEasyRead(boolean on);
}
