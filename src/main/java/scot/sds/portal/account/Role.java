package scot.sds.portal.account;

import java.util.Locale;

/** What someone is to the portal; the same names are the realm roles of the council's Keycloak. */
public enum Role {
    PERSON,
    CARER,
    ADVOCATE,
    STAFF;

    /** The roles a person may choose when creating their own account; staff accounts come from the council. */
    public static final java.util.List<Role> SELF_CHOSEN = java.util.List.of(PERSON, CARER, ADVOCATE);

    /** The Spring Security authority for this role, as {@code @RolesAllowed} expects it. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The role's name in message keys and Keycloak: {@code person}, {@code carer}... */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
