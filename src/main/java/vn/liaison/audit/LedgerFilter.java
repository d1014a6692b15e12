package vn.liaison.audit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What to show of the ledger: a period of Vietnam dates (both ends included), the actor's name (part of it, any
 * case), the agency, the start of the action (e.g. {@code agency.} for every agency action), the target type and
 * the target id. Every part is optional.
 */
public record LedgerFilter(LocalDate from, LocalDate to, String actor, UUID agencyId, String actionPrefix,
        String targetType, String targetId) {

    public LedgerFilter {
        actor = blankToNull(actor);
        actionPrefix = blankToNull(actionPrefix);
        targetType = blankToNull(targetType);
        targetId = blankToNull(targetId);
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidLedgerFilter("to", "audit.filter.toBeforeFrom");
        }
    }

    public static LedgerFilter none() {
        return new LedgerFilter(null, null, null, null, null, null, null);
    }

    /** Parses request parameters (dates as yyyy-MM-dd), refusing what cannot be understood, field by field. */
    public static LedgerFilter parse(String from, String to, String actor, String agency, String action,
            String targetType, String targetId) {
        return new LedgerFilter(date("from", from), date("to", to), actor, agency(agency), action, targetType, targetId);
    }

    /** The filter as recorded with an export: only the parts that were set. */
    public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "from", from == null ? null : from.toString());
        put(m, "to", to == null ? null : to.toString());
        put(m, "actor", actor);
        put(m, "agencyId", agencyId == null ? null : agencyId.toString());
        put(m, "actionPrefix", actionPrefix);
        put(m, "targetType", targetType);
        put(m, "targetId", targetId);
        return m;
    }

    private static void put(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }

    private static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidLedgerFilter(field, "audit.filter.badDate", text.trim());
        }
    }

    private static UUID agency(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(text.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidLedgerFilter("agency", "audit.filter.badAgency", text.trim());
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
