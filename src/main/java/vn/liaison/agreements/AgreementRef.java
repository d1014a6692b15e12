package vn.liaison.agreements;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import vn.liaison.shared.ContentArea;

/** What other modules need to know of a coordination agreement. */
public record AgreementRef(UUID id, String number, String title, Set<UUID> parties, Set<ContentArea> contentAreas,
        LocalDate effectiveFrom, LocalDate effectiveTo, String status) {
}
