package vn.liaison.requests;

import java.time.LocalDate;
import java.util.UUID;

/** Filters of the inbox and list exports; every field may be null (no filter). {@code q} is searched folded. */
public record InboxFilter(RequestKind kind, RequestStatus status, UUID agencyId, Urgency urgency, Boolean overdue,
        LocalDate from, LocalDate to, String q) {

    public static InboxFilter none() {
        return new InboxFilter(null, null, null, null, null, null, null, null);
    }
}
