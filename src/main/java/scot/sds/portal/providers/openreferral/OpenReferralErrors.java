package scot.sds.portal.providers.openreferral;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The API's errors as small JSON problem details (RFC 9457): what went wrong, never how the portal is built. */
@RestControllerAdvice(assignableTypes = OpenReferralController.class)
class OpenReferralErrors {

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
