package vn.liaison.agreements;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import vn.liaison.shared.ContentArea;

/** Read access to agreements for the other modules (requests find the agreement a request falls under). */
public interface AgreementDirectory {

    Optional<AgreementRef> agreement(UUID id);

    /**
     * The agreements in force on that day to which both agencies are parties (directly or as successors of a
     * party) and whose content areas include the given one.
     */
    List<AgreementRef> inForceBetween(UUID agencyA, UUID agencyB, ContentArea area, LocalDate day);

    /**
     * The same, for parties whose lineages (each agency with every agency it succeeded) the caller already holds,
     * e.g. the agencies a signed-in actor acts for: one query, where a new request would otherwise look both up
     * again.
     */
    List<AgreementRef> inForceBetween(Set<UUID> agencyALineage, Set<UUID> agencyBLineage, ContentArea area, LocalDate day);
}
