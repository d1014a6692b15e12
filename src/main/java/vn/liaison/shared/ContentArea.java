package vn.liaison.shared;

/** The content areas of coordination that agreements, focal points and requests refer to. */
public enum ContentArea {
    INFORMATION_EXCHANGE,
    LOOKUP_VERIFICATION,
    FORENSIC_EVIDENCE,
    HARMFUL_INFORMATION,
    INCIDENTS_INFRASTRUCTURE,
    JOINT_INSPECTION,
    LEGAL_DISSEMINATION,
    TRAINING,
    COMMENDATION,
    OTHER;

    public String messageKey() {
        return "contentArea." + name();
    }
}
