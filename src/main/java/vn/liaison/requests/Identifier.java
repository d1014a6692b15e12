package vn.liaison.requests;

/**
 * A validated identifier: type, the value as typed, its normalised form (E.164 for a phone, lower case for a
 * domain or e-mail, ...) and the normalised qualifier. Two identifiers are duplicates when type, normalised
 * value and qualifier agree.
 */
public record Identifier(IdentifierType type, String raw, String normalized, String qualifier) {

    /** What makes two identifiers the same. */
    public String key() {
        return type + "|" + normalized + "|" + (qualifier == null ? "" : qualifier);
    }

    /** How it reads in lists and letters. */
    public String display() {
        return qualifier == null || qualifier.isBlank() ? normalized : normalized + " (" + qualifier + ")";
    }
}
