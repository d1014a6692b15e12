package vn.liaison.security;

/** What a person does in their agency; a person may hold several roles. */
public enum Role {
    OFFICER,
    LEADER,
    SECRETARIAT,
    AGENCY_ADMIN,
    AUDITOR,
    SYSTEM_ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }

    public String messageKey() {
        return "role." + name();
    }
}
