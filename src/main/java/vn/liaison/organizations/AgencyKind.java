package vn.liaison.organizations;

/** What sort of body an agency is. */
public enum AgencyKind {
    MINISTRY,
    MINISTRY_DEPARTMENT,
    PROVINCIAL_POLICE,
    PROVINCIAL_ICT_DEPARTMENT,
    TELECOM_OPERATOR,
    TELECOM_BRANCH,
    ENTERPRISE,
    OTHER;

    public String messageKey() {
        return "agencyKind." + name();
    }
}
