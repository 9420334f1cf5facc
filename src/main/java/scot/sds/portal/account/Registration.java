package scot.sds.portal.account;

/** What a person gives to create their own account. */
public record Registration(String displayName, String email, String password, Role role) {}
