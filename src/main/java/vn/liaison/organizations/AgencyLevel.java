package vn.liaison.organizations;

/** The administrative level of an agency; coordination is normally between bodies of the same level. */
public enum AgencyLevel {
    CENTRAL,
    PROVINCIAL,
    LOCAL,
    ENTERPRISE;

    public String messageKey() {
        return "agencyLevel." + name();
    }
}
