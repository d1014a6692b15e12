package vn.liaison.requests;

/** The result for one identifier, question or item of an answer. */
public enum TaskResult {
    FOUND,
    NOT_FOUND,
    REFUSED;

    public String messageKey() {
        return "requests.result." + name();
    }
}
