package scot.sds.portal.providers.openreferral;

import org.springframework.web.bind.annotation.RestControllerAdvice;
import scot.sds.portal.shared.api.ApiErrors;

/** The Open Referral API's errors, as every API of the portal gives them. */
@RestControllerAdvice(assignableTypes = OpenReferralController.class)
class OpenReferralErrors extends ApiErrors {}
