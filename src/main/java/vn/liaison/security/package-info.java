/**
 * Accounts, login with a second factor, API tokens, and the one access policy every handler and template uses.
 * <p>
 * Sign-in: password (Argon2id) → {@code /login/second-factor} (TOTP, RFC 6238, or a recovery code) or, when not
 * yet enrolled, {@code /login/enrol}; failures of either step lock the account after
 * {@code liaison.security.max-failed-logins} for {@code liaison.security.lockout-minutes}. TOTP secrets are
 * encrypted with {@code liaison.security.secret-key} (base64 of 32 bytes; required outside demo and tests).
 * <p>
 * First start in production with no account: {@code sysadmin} (system administrator, agency administrator,
 * auditor) is created with no agency and a random password printed once in the log; it enrols its second factor
 * at first sign-in. In demo mode every demo account is pre-enrolled and the sign-in page shows the shared
 * password ({@code liaison.demo.password}) and the current codes.
 * <p>
 * API tokens act for their agency as an officer, within their scopes, with the clearance chosen at creation
 * (never above the creator's); they are found by the SHA-256 digest of the secret, statelessly.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit"})
package vn.liaison.security;
