package vn.liaison.agreements;

import java.util.Locale;

/** A sector of the reference list (scope of an agreement). */
public record SectorView(String code, String nameVi, String nameEn, int position) {

    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }
}
