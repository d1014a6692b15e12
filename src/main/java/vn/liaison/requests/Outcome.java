package vn.liaison.requests;

/** The outcome of an answer (ETSI LDTaskStatus: Disclosed / DisclosureNotAvailable / Rejected). */
public enum Outcome {
    DISCLOSED,
    PARTIALLY_DISCLOSED,
    NO_DATA,
    REFUSED;

    public String messageKey() {
        return "requests.outcome." + name();
    }
}
