package vn.liaison.attachments;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads what this module wrote to the ledger (the audit module's table), for assertions. */
final class Ledger {

    private Ledger() {
    }

    /** The after-states (JSON) of the entries with that action and target, oldest first. */
    static List<String> entries(JdbcClient jdbc, String action, Object targetId) {
        return jdbc.sql("SELECT coalesce(after_state, '') FROM audit_entry WHERE action = ? AND target_id = ? ORDER BY id")
                .params(action, targetId.toString()).query(String.class).list();
    }
}
