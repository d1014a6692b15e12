package vn.liaison.organizations;

/** Which agencies a list shows: those that exist today, those that ended, or both. */
public enum AgencyStatus {
    CURRENT,
    FORMER,
    ALL;

    public String messageKey() {
        return "organizations.status." + name();
    }
}
