package vn.liaison.agreements;

import java.time.Instant;
import java.util.List;

/** A version of an agreement and the fields that changed from the version before it. */
public record VersionView(int version, String summary, Instant recordedAt, String recordedBy, List<FieldChange> changes) {

    /**
     * One field: its key (suffix of {@code agreements.field.*}), the party it is about (null for the agreement's
     * own fields), the value before and after.
     */
    public record FieldChange(String field, String subject, String before, String after) {
    }
}
