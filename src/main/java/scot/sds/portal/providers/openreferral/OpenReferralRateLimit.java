package scot.sds.portal.providers.openreferral;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.shared.api.ProblemResponse;
import scot.sds.portal.shared.limits.RateLimiter;
import scot.sds.portal.shared.limits.RateLimits;

/**
 * The public API answers each client address only so many requests in a while, so that one client cannot take the
 * portal from the people using it; past that, 429 with Retry-After, as a problem detail. It runs after the web
 * security filters, so a refusal carries the same security headers as every answer.
 */
@Configuration(proxyBeanMethods = false)
class OpenReferralRateLimit {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> openReferralRateLimitFilter(RateLimits limits) {
        RateLimiter requests = limits.limiter("open-referral");
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
                new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                            FilterChain chain) throws ServletException, IOException {
                        Optional<Duration> wait = requests.attempt(request.getRemoteAddr());
                        if (wait.isEmpty()) {
                            chain.doFilter(request, response);
                            return;
                        }
                        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wholeSeconds(wait.get())));
                        ProblemResponse.write(response, HttpStatus.TOO_MANY_REQUESTS,
                                "Too many requests from this client: try again after Retry-After seconds");
                    }
                });
        String api = Paths.href(Paths.OPEN_REFERRAL_API);
        registration.addUrlPatterns(api, api + "/*");
        return registration;
    }

    /** Retry-After is in whole seconds; rounding up never invites a client back too soon. */
    private static long wholeSeconds(Duration wait) {
        return Math.max(1, wait.plusNanos(999_999_999).toSeconds());
    }
}
