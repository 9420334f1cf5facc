package scot.sds.portal.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The council running the portal and how people reach its social work team; set per council in
 * {@code application.properties} or the environment ({@code PORTAL_COUNCIL_NAME}...).
 *
 * @param name the council's name, as people know it
 * @param phone the social work team's phone number
 * @param email the social work team's email address
 */
@ConfigurationProperties("portal.council")
public record CouncilDetails(String name, String phone, String email) {}
