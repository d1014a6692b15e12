package vn.liaison.security.token;

/** A new token and its secret, which is shown this once and never stored. */
public record CreatedToken(TokenView token, String secret) {
}
