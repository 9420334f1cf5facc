package scot.sds.portal.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;
import scot.sds.portal.shared.api.ProblemResponse;

/**
 * How a read-only API for a council system refuses before any controller is reached: any method but GET (405,
 * whoever asks, as that says nothing about what the API holds), and a request not signed in as the system (401,
 * with the challenge for HTTP Basic). Both as the small JSON problem details (RFC 9457) the API's controller
 * writes, rather than the servlet container's error page, which belongs to the portal's pages.
 */
final class SystemClientApiRefusals {

    private SystemClientApiRefusals() {}

    /** Answers 405 to any method but GET, before anyone's credentials are looked at. */
    static OncePerRequestFilter onlyGet() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                    FilterChain chain) throws ServletException, IOException {
                if (HttpMethod.GET.matches(request.getMethod())) {
                    chain.doFilter(request, response);
                    return;
                }
                response.setHeader(HttpHeaders.ALLOW, HttpMethod.GET.name());
                ProblemResponse.write(response, HttpStatus.METHOD_NOT_ALLOWED,
                        "This API is read-only: only GET is allowed");
            }
        };
    }

    /** Answers 401 with the HTTP Basic challenge for the realm, and says how to sign in. */
    static AuthenticationEntryPoint signInFirst(String realm) {
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException refused) -> {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + realm + "\", charset=\"UTF-8\"");
            ProblemResponse.write(response, HttpStatus.UNAUTHORIZED,
                    "Sign in as the council's system with its client id and secret (HTTP Basic)");
        };
    }
}
