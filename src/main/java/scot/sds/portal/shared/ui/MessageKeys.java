package scot.sds.portal.shared.ui;

import java.util.Locale;

/** How names of things become parts of message keys: {@code WELFARE_POWER_OF_ATTORNEY} is {@code welfare-power-of-attorney}. */
public final class MessageKeys {

    private MessageKeys() {}

    public static String part(Enum<?> value) {
        return part(value.name());
    }

    public static String part(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
