package scot.sds.portal.access;

import java.time.LocalDate;

/** A legal authority waiting for council staff to check its evidence. */
public record LegalCheck(long relationshipId, String personName, String helperName, HelperRole role,
        LegalBasis basis, String reference, LocalDate registered, LocalDate expires, EvidenceType evidenceType) {}
