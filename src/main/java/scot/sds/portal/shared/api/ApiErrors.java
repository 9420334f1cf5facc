package scot.sds.portal.shared.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The portal's APIs' errors as small JSON problem details (RFC 9457): what went wrong, never how the portal is
 * built. Each API's advice extends this for its own controllers.
 */
public abstract class ApiErrors {

    @ExceptionHandler
    ProblemDetail badParameter(BadParameter problem) {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, problem.getMessage());
        detail.setProperty("parameter", problem.parameter());
        return detail;
    }

    @ExceptionHandler
    ProblemDetail notFound(NotFound problem) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, problem.getMessage());
    }
}
