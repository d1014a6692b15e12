package vn.liaison.requests;

/**
 * An identifier as typed: its type, the value, and the qualifier the type needs (platform of a social-media
 * account, bank of an account, date of birth of a person, observation time of an IP address, optionally
 * followed by {@code |port}).
 */
public record IdentifierInput(IdentifierType type, String value, String qualifier) {
}
