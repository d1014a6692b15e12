package vn.liaison.shared;

/**
 * State-secret levels (Law on Protection of State Secrets): Mật, Tối mật, Tuyệt mật, plus unclassified.
 * Declared in ascending order; the ordinal is the rank.
 */
public enum Classification {
    UNCLASSIFIED,
    MAT,
    TOI_MAT,
    TUYET_MAT;

    /** True when a person cleared to this level may see material of {@code level}. */
    public boolean dominates(Classification level) {
        return compareTo(level) >= 0;
    }

    public String messageKey() {
        return "classification." + name();
    }
}
