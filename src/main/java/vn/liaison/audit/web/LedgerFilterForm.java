package vn.liaison.audit.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

import vn.liaison.audit.LedgerFilter;

/** The ledger filter as typed (kept as text so that a form with a mistake shows what was typed). */
record LedgerFilterForm(String from, String to, String actor, String agency, String action, String targetType,
        String targetId) {

    LedgerFilter toFilter() {
        return LedgerFilter.parse(from, to, actor, agency, action, targetType, targetId);
    }

    /** The filter as a query string ending in {@code &} (empty parts left out), to build paging and export links. */
    String query() {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("from", from);
        parts.put("to", to);
        parts.put("actor", actor);
        parts.put("agency", agency);
        parts.put("action", action);
        parts.put("targetType", targetType);
        parts.put("targetId", targetId);
        StringJoiner q = new StringJoiner("");
        parts.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                q.add(k + "=" + URLEncoder.encode(v.trim(), StandardCharsets.UTF_8) + "&");
            }
        });
        return q.toString();
    }
}
