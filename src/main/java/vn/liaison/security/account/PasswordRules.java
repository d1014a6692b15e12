package vn.liaison.security.account;

import vn.liaison.shared.DomainException;

/** What a password must be: long enough to resist guessing (length matters more than character classes). */
public final class PasswordRules {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordRules() {
    }

    /** Refuses a password that breaks the rules; {@code field} names the form field for the message. */
    public static void check(String field, String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw DomainException.invalid(field, "security.password.tooShort", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw DomainException.invalid(field, "security.password.tooLong", MAX_LENGTH);
        }
        if (password.isBlank() || username != null && password.equalsIgnoreCase(username)) {
            throw DomainException.invalid(field, "security.password.likeUsername");
        }
    }
}
