package vn.liaison.organizations;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** An agency as it was recorded: names, kind, level, validity and its links to predecessors and successors. */
public record AgencyView(UUID id, String code, String nameVi, String nameEn, String shortName, AgencyKind kind,
        AgencyLevel level, UUID parentId, LocalDate validFrom, LocalDate validTo, List<UUID> predecessorIds,
        List<UUID> successorIds) {

    /** The name in the reader's language (Vietnamese unless English is asked for and recorded). */
    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && nameEn != null && !nameEn.isBlank() ? nameEn : nameVi;
    }

    /** Did the agency exist on that day? */
    public boolean existedOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    public boolean isActive(LocalDate today) {
        return existedOn(today);
    }
}
