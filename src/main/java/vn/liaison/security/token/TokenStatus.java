package vn.liaison.security.token;

/** Whether a token still opens the API. */
public enum TokenStatus {
    ACTIVE, EXPIRED, REVOKED;

    public String messageKey() {
        return "security.tokens.status." + name();
    }
}
