package vn.liaison.agreements;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import vn.liaison.shared.Classification;

/** A row of the agreement list. {@code partyNames} are as at signing, a successor in brackets where one exists. */
public record AgreementSummary(UUID id, String number, String title, AgreementStatus status,
        Classification classification, List<String> partyNames, LocalDate signingDate, LocalDate effectiveFrom,
        LocalDate effectiveTo) {
}
