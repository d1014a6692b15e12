package vn.liaison.requests;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The legal basis of a request (ETSI Authorisation): reference and date of the case or decision, its legal
 * type, the issuing authority, the approving leader (a person of the sending agency) and until when it is valid.
 */
public record LegalBasis(String reference, LocalDate date, String legalType, String authority, UUID approvingLeaderId,
        LocalDate validUntil) {
}
