package vn.liaison.requests;

/** Why a receiver refuses a request (structured, after ETSI TS 104 144's refusal types); OTHER needs a text. */
public enum RefusalReason {
    OUTSIDE_AGREEMENT,
    INSUFFICIENT_LEGAL_BASIS,
    NOT_DATA_HOLDER,
    MALFORMED,
    OTHER;

    public String messageKey() {
        return "requests.refusal." + name();
    }
}
