package scot.sds.portal.handoff.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import scot.sds.portal.access.NotPermittedException;
import scot.sds.portal.shared.api.ApiErrors;

/** The case-management API's errors, as every API of the portal gives them, and its refusal of anyone else. */
@RestControllerAdvice(assignableTypes = CaseManagementController.class)
class CaseManagementErrors extends ApiErrors {

    /** Only if the security chain had let in someone other than the system, which the service then refused. */
    @ExceptionHandler
    ProblemDetail notPermitted(NotPermittedException refused) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                "Only the council's case-management system may read this");
    }
}
