package scot.sds.portal.account;

import java.util.Set;

/**
 * Who signed in at the council's identity provider, as its ID token says.
 *
 * @param subject the provider's lasting id for the person
 * @param emailVerified whether the provider has checked the email address, which allows linking by it
 */
public record ExternalIdentity(String subject, String email, boolean emailVerified, String displayName,
        Set<Role> roles) {}
