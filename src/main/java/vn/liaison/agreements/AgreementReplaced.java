package vn.liaison.agreements;

import java.time.LocalDate;
import java.util.UUID;

/** Published when a new agreement replaces an old one: work still open under the old one moves to the new one. */
public record AgreementReplaced(UUID replacedId, UUID replacementId, LocalDate effectiveOn) {
}
