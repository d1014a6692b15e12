package vn.liaison.requests;

import vn.liaison.shared.ContentArea;

/**
 * The kinds of coordination request (reference data in {@code request_kind}; the enum fixes the codes the
 * rules depend on). Each kind falls under a content area of the agreements and says what its tasks are.
 */
public enum RequestKind {
    INFORMATION_EXCHANGE(ContentArea.INFORMATION_EXCHANGE, TaskType.NONE),
    LOOKUP(ContentArea.LOOKUP_VERIFICATION, TaskType.IDENTIFIER),
    VERIFICATION(ContentArea.LOOKUP_VERIFICATION, TaskType.IDENTIFIER),
    FORENSIC_ASSESSMENT(ContentArea.FORENSIC_EVIDENCE, TaskType.QUESTION),
    EVIDENCE(ContentArea.FORENSIC_EVIDENCE, TaskType.ITEM);

    private final ContentArea area;
    private final TaskType taskType;

    RequestKind(ContentArea area, TaskType taskType) {
        this.area = area;
        this.taskType = taskType;
    }

    public ContentArea area() {
        return area;
    }

    /** What the request lists for the receiver to work on. */
    public TaskType taskType() {
        return taskType;
    }

    /** Information exchange needs only an acknowledgement, never an answer. */
    public boolean acknowledgementOnly() {
        return this == INFORMATION_EXCHANGE;
    }

    /** Provision of user information (Cybersecurity Law 2025 art. 25(2)): deadlines in hours. */
    public boolean providesUserInformation() {
        return this == LOOKUP || this == VERIFICATION;
    }

    public String messageKey() {
        return "requests.kind." + name();
    }

    /** What a task of a request is. */
    public enum TaskType { NONE, IDENTIFIER, QUESTION, ITEM }
}
