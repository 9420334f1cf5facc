package scot.sds.portal.account;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/**
 * The response headers every page and API of the portal sends, on every chain of the web security. Spring
 * Security's defaults stay as they are: {@code Cache-Control: no-store} (and its older relatives) on every answer
 * that does not set its own caching, {@code X-Content-Type-Options: nosniff}.
 */
final class SecurityHeaders {

    /**
     * What Vaadin Flow needs and no more: its bootstrap page starts the client engine with an inline script, the
     * engine builds functions from the JavaScript the server sends ({@code 'unsafe-eval'}), and components set
     * inline styles. Everything else, including the client's connection back to the server, is the portal's own;
     * no other site may frame it.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=()";

    /** A year, as browsers' preload lists ask. */
    private static final long HSTS_MAX_AGE_SECONDS = 365L * 24 * 60 * 60;

    private SecurityHeaders() {}

    static Customizer<HeadersConfigurer<HttpSecurity>> everywhere() {
        return headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                // Sent on plain HTTP too: browsers ignore it there (RFC 6797), and behind a proxy that ends TLS the
                // portal may not know the request was secure.
                .httpStrictTransportSecurity(hsts -> hsts.requestMatcher(AnyRequestMatcher.INSTANCE)
                        .maxAgeInSeconds(HSTS_MAX_AGE_SECONDS).includeSubDomains(true))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                // Written before the request is handled: Vaadin writes its pages past the filter's watch for the
                // response's commit, which would otherwise leave them without any of these headers.
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <F extends HeaderWriterFilter> F postProcess(F filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                });
    }
}
