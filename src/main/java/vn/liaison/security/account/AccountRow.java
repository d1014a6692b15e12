package vn.liaison.security.account;

import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import vn.liaison.security.AccountView;
import vn.liaison.security.Role;
import vn.liaison.shared.Classification;

/** An account as stored (the TOTP secret still encrypted). */
public record AccountRow(UUID id, String username, String passwordHash, UUID personId, String displayName,
        UUID agencyId, String agencyName, UUID unitId, Classification clearance, Set<Role> roles, boolean enabled,
        int failedAttempts, Instant lockedUntil, String totpSecret, boolean totpEnrolled, Long totpLastStep,
        boolean demo, Instant lastSignIn, Instant createdAt) {

    public AccountView view() {
        return new AccountView(id, username, personId, displayName, agencyId, unitId, clearance,
                roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles), enabled, totpEnrolled, lockedUntil, lastSignIn);
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** What the ledger shows of the account (never its secrets). */
    public Map<String, Object> audited() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("username", username);
        m.put("personId", personId);
        m.put("displayName", displayName);
        m.put("agencyId", agencyId);
        m.put("unitId", unitId);
        m.put("clearance", clearance);
        m.put("roles", roles.stream().map(Enum::name).sorted().toList());
        m.put("enabled", enabled);
        m.put("secondFactorEnrolled", totpEnrolled);
        m.put("lockedUntil", lockedUntil == null ? null : lockedUntil.toString());
        return m;
    }
}
