package vn.liaison.organizations;

import java.time.LocalDate;
import java.util.UUID;

/** An agency's validity, as the succession and parent rules need it. */
record AgencySpan(UUID id, LocalDate validFrom, LocalDate validTo, boolean alreadySucceeded) {

    boolean existedOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }
}
