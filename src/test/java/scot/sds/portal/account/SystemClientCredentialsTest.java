package scot.sds.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** A council system signs in with exactly its client id and secret, and with no secret set nobody does. */
class SystemClientCredentialsTest {

    private final SystemClientCredentials credentials = new SystemClientCredentials(SystemClient.CASE_MANAGEMENT,
            "case-management", "a-long-secret");

    @Test
    void the_right_id_and_secret_sign_in_as_the_system_with_its_authority_alone() {
        Authentication signedIn = credentials.authenticate(attempt("case-management", "a-long-secret"));

        assertThat(signedIn.isAuthenticated()).isTrue();
        assertThat(signedIn.getName()).isEqualTo("system:case-management");
        assertThat(signedIn.getCredentials()).isNull();
        assertThat(signedIn.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_CASE_MANAGEMENT_SYSTEM");
    }

    @Test
    void anything_else_is_refused() {
        for (Authentication wrong : new Authentication[] {attempt("case-management", "a-long-secreT"),
                attempt("case-management", "a-long-secret "), attempt("case-management", "a-long"),
                attempt("case-management", ""), attempt("case-management", null), attempt("Case-Management",
                        "a-long-secret"), attempt("", "a-long-secret"), attempt("ann@example.org", "a-long-secret")}) {
            assertThatThrownBy(() -> credentials.authenticate(wrong)).isInstanceOf(BadCredentialsException.class);
        }
    }

    @Test
    void with_no_secret_set_nobody_signs_in() {
        for (String unset : new String[] {null, "", "   "}) {
            SystemClientCredentials closed = new SystemClientCredentials(SystemClient.CASE_MANAGEMENT,
                    "case-management", unset);
            for (String guess : new String[] {null, "", "   "}) {
                assertThatThrownBy(() -> closed.authenticate(attempt("case-management", guess)))
                        .isInstanceOf(BadCredentialsException.class);
            }
        }
    }

    private static Authentication attempt(String clientId, String secret) {
        return UsernamePasswordAuthenticationToken.unauthenticated(clientId, secret);
    }
}
