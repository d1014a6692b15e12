package vn.liaison.requests;

/** The typed identifiers a lookup or verification names (ETSI RequestValue format types, national profile). */
public enum IdentifierType {
    PHONE,
    IMEI,
    IP_ADDRESS,
    URL,
    DOMAIN,
    EMAIL,
    SOCIAL_ACCOUNT,
    CITIZEN_ID,
    PERSON,
    BANK_ACCOUNT,
    FREE_TEXT;

    public String messageKey() {
        return "requests.identifier." + name();
    }

    /** The extra field the type needs: platform, bank, date of birth, observation time (IP); null when none. */
    public String qualifierKey() {
        return switch (this) {
            case SOCIAL_ACCOUNT -> "requests.identifier.qualifier.platform";
            case BANK_ACCOUNT -> "requests.identifier.qualifier.bank";
            case PERSON -> "requests.identifier.qualifier.birthDate";
            case IP_ADDRESS -> "requests.identifier.qualifier.observedAt";
            default -> null;
        };
    }
}
