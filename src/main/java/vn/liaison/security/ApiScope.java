package vn.liaison.security;

/** What an API token may do. A token never does more than its scopes, nor more than its agency may. */
public enum ApiScope {
    ORGANIZATIONS_READ,
    AUDIT_READ,
    AGREEMENTS_READ,
    AGREEMENTS_WRITE,
    REQUESTS_READ,
    REQUESTS_WRITE;

    public String authority() {
        return "SCOPE_" + name();
    }
}
