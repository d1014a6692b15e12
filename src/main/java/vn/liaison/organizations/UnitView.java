package vn.liaison.organizations;

import java.util.Locale;
import java.util.UUID;

/** A department, office or team inside an agency. */
public record UnitView(UUID id, UUID agencyId, UUID parentUnitId, String nameVi, String nameEn, String kind,
        boolean active) {

    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && nameEn != null && !nameEn.isBlank() ? nameEn : nameVi;
    }
}
