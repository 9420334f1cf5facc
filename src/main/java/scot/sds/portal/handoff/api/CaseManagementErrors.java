package scot.sds.portal.handoff.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import scot.sds.portal.access.NotPermittedException;

/** The API's errors as small JSON problem details (RFC 9457): what went wrong, never how the portal is built. */
@RestControllerAdvice(assignableTypes = CaseManagementController.class)
class CaseManagementErrors {

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

    /** Only if the security chain had let in someone other than the system, which the service then refused. */
    @ExceptionHandler
    ProblemDetail notPermitted(NotPermittedException refused) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                "Only the council's case-management system may read this");
    }
}
