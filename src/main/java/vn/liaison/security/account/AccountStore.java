package vn.liaison.security.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.liaison.security.Role;
import vn.liaison.shared.Classification;

/** Reads and writes accounts and recovery codes (plain SQL: sign-in is a hot path and needs exact updates). */
@Repository
public class AccountStore {

    private static final String COLUMNS = "id, username, password_hash, person_id, display_name, agency_id, agency_name, "
            + "unit_id, clearance, roles, enabled, failed_attempts, locked_until, totp_secret, totp_enrolled, "
            + "totp_last_step, demo, last_sign_in, created_at";

    private final JdbcClient jdbc;

    public AccountStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<AccountRow> byId(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE id = ?").param(id).query(AccountStore::row).optional();
    }

    /** For an update: locks the row so concurrent sign-ins count failures exactly. */
    public Optional<AccountRow> byIdForUpdate(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE id = ? FOR UPDATE").param(id).query(AccountStore::row).optional();
    }

    public Optional<AccountRow> byUsername(String username) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE lower(username) = lower(?)").param(username)
                .query(AccountStore::row).optional();
    }

    public Optional<AccountRow> byPerson(UUID personId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE person_id = ?").param(personId)
                .query(AccountStore::row).optional();
    }

    public List<AccountRow> byAgency(UUID agencyId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE agency_id = ? ORDER BY lower(username)")
                .param(agencyId).query(AccountStore::row).list();
    }

    public List<AccountRow> demoAccounts() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE demo AND enabled ORDER BY agency_name NULLS FIRST, lower(username)")
                .query(AccountStore::row).list();
    }

    public List<AccountRow> unenrolled() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE NOT totp_enrolled").query(AccountStore::row).list();
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM account").query(Long.class).single();
    }

    public long countEnrolled() {
        return jdbc.sql("SELECT count(*) FROM account WHERE totp_enrolled").query(Long.class).single();
    }

    public Set<UUID> peopleWithRole(UUID agencyId, Role role) {
        return Set.copyOf(jdbc.sql("""
                SELECT person_id FROM account WHERE agency_id = ? AND enabled AND person_id IS NOT NULL
                  AND (',' || roles || ',') LIKE ?""")
                .params(agencyId, "%," + role.name() + ",%").query(UUID.class).list());
    }

    public void insert(AccountRow a) {
        jdbc.sql("INSERT INTO account (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                .params(a.id(), a.username(), a.passwordHash(), a.personId(), a.displayName(), a.agencyId(),
                        a.agencyName(), a.unitId(), a.clearance().name(), roles(a.roles()), a.enabled(),
                        a.failedAttempts(), ts(a.lockedUntil()), a.totpSecret(), a.totpEnrolled(), a.totpLastStep(),
                        a.demo(), ts(a.lastSignIn()), ts(a.createdAt()))
                .update();
    }

    public void updateProfile(UUID id, String displayName, UUID agencyId, String agencyName, UUID unitId,
            Classification clearance) {
        jdbc.sql("UPDATE account SET display_name = ?, agency_id = ?, agency_name = ?, unit_id = ?, clearance = ? WHERE id = ?")
                .params(displayName, agencyId, agencyName, unitId, clearance.name(), id).update();
    }

    public void updateRoles(UUID id, Set<Role> roles) {
        jdbc.sql("UPDATE account SET roles = ? WHERE id = ?").params(roles(roles), id).update();
    }

    public void updateEnabled(UUID id, boolean enabled) {
        jdbc.sql("UPDATE account SET enabled = ? WHERE id = ?").params(enabled, id).update();
    }

    public void updatePassword(UUID id, String hash) {
        jdbc.sql("UPDATE account SET password_hash = ? WHERE id = ?").params(hash, id).update();
    }

    public void updateFailures(UUID id, int failedAttempts, Instant lockedUntil) {
        jdbc.sql("UPDATE account SET failed_attempts = ?, locked_until = ? WHERE id = ?")
                .params(failedAttempts, ts(lockedUntil), id).update();
    }

    public void signedIn(UUID id, Instant at) {
        jdbc.sql("UPDATE account SET failed_attempts = 0, locked_until = NULL, last_sign_in = ? WHERE id = ?")
                .params(ts(at), id).update();
    }

    public void enrol(UUID id, String encryptedSecret, Long lastStep, boolean demo) {
        jdbc.sql("UPDATE account SET totp_secret = ?, totp_enrolled = TRUE, totp_last_step = ?, demo = ? WHERE id = ?")
                .params(encryptedSecret, lastStep, demo, id).update();
    }

    public void forgetSecondFactor(UUID id) {
        jdbc.sql("UPDATE account SET totp_secret = NULL, totp_enrolled = FALSE, totp_last_step = NULL, demo = FALSE WHERE id = ?")
                .param(id).update();
        jdbc.sql("DELETE FROM recovery_code WHERE account_id = ?").param(id).update();
    }

    /** Marks the step used; false when it (or a later one) was used already: a replayed code. */
    public boolean useStep(UUID id, long step) {
        return jdbc.sql("UPDATE account SET totp_last_step = ? WHERE id = ? AND (totp_last_step IS NULL OR totp_last_step < ?)")
                .params(step, id, step).update() == 1;
    }

    public void replaceRecoveryCodes(UUID accountId, List<String> digests) {
        jdbc.sql("DELETE FROM recovery_code WHERE account_id = ?").param(accountId).update();
        for (String d : digests) {
            jdbc.sql("INSERT INTO recovery_code (account_id, code_hash) VALUES (?, ?)").params(accountId, d).update();
        }
    }

    /** Uses a recovery code once: true when an unused code with this digest existed. */
    public boolean useRecoveryCode(UUID accountId, String digest, Instant at) {
        return jdbc.sql("UPDATE recovery_code SET used_at = ? WHERE account_id = ? AND code_hash = ? AND used_at IS NULL")
                .params(ts(at), accountId, digest).update() == 1;
    }

    public int unusedRecoveryCodes(UUID accountId) {
        return jdbc.sql("SELECT count(*) FROM recovery_code WHERE account_id = ? AND used_at IS NULL")
                .param(accountId).query(Integer.class).single();
    }

    private static String roles(Set<Role> roles) {
        return roles.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static AccountRow row(ResultSet rs, int n) throws SQLException {
        String roleText = rs.getString("roles");
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (roleText != null && !roleText.isBlank()) {
            Arrays.stream(roleText.split(",")).map(String::trim).map(Role::valueOf).forEach(roles::add);
        }
        long step = rs.getLong("totp_last_step");
        Long lastStep = rs.wasNull() ? null : step;
        return new AccountRow(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("password_hash"),
                rs.getObject("person_id", UUID.class), rs.getString("display_name"), rs.getObject("agency_id", UUID.class),
                rs.getString("agency_name"), rs.getObject("unit_id", UUID.class),
                Classification.valueOf(rs.getString("clearance")), roles, rs.getBoolean("enabled"),
                rs.getInt("failed_attempts"), instant(rs, "locked_until"), rs.getString("totp_secret"),
                rs.getBoolean("totp_enrolled"), lastStep, rs.getBoolean("demo"), instant(rs, "last_sign_in"),
                instant(rs, "created_at"));
    }
}
