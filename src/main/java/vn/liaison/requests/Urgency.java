package vn.liaison.requests;

import vn.liaison.documents.OfficialDocument;

/** How fast the sender needs the answer; emergency allows sending before the leader's approval. */
public enum Urgency {
    NORMAL,
    URGENT,
    EMERGENCY;

    public String messageKey() {
        return "requests.urgency." + name();
    }

    /** The Decree 30 urgency mark of the official letter. */
    public OfficialDocument.Urgency documentMark() {
        return switch (this) {
            case NORMAL -> OfficialDocument.Urgency.NORMAL;
            case URGENT -> OfficialDocument.Urgency.KHAN;
            case EMERGENCY -> OfficialDocument.Urgency.HOA_TOC;
        };
    }
}
