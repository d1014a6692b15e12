package vn.liaison.security.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.liaison.audit.AuditActor;
import vn.liaison.audit.AuditLedger;
import vn.liaison.audit.AuditRecord;

/**
 * The steps of a sign-in: the password, then the second factor (or its enrolment). Each step counts failures
 * on the account and locks it after {@code liaison.security.max-failed-logins}; each outcome is in the ledger.
 * A locked account is refused before its password is checked, so the answer never tells whether it was right.
 */
@Service
public class SignInService {

    /** How a step ended. */
    public enum Outcome { OK, FAILED, LOCKED }

    /** The outcome and, when it passed, the account. */
    public record Result(Outcome outcome, AccountRow account) {
        public boolean ok() {
            return outcome == Outcome.OK;
        }
    }

    public static final int RECOVERY_CODES = 10;
    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final AccountStore store;
    private final PasswordEncoder passwords;
    private final SecretCipher cipher;
    private final AuditLedger ledger;
    private final SecurityProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final String dummyHash;

    public SignInService(AccountStore store, PasswordEncoder passwords, SecretCipher cipher, AuditLedger ledger,
            SecurityProperties properties, Clock clock) {
        this.store = store;
        this.passwords = passwords;
        this.cipher = cipher;
        this.ledger = ledger;
        this.properties = properties;
        this.clock = clock;
        // Unknown user names cost the same hashing time as known ones, so timing does not reveal accounts.
        this.dummyHash = passwords.encode("liaison-dummy-password-for-timing");
    }

    @Transactional
    public Result checkPassword(String username, String password, String clientAddress) {
        String attempted = username == null ? "" : username.trim();
        Optional<AccountRow> found = attempted.isEmpty() ? Optional.empty()
                : store.byUsername(attempted).flatMap(a -> store.byIdForUpdate(a.id()));
        if (found.isEmpty()) {
            passwords.matches(password == null ? "" : password, dummyHash);
            ledger.record(new AuditActor(null, attempted, null, clientAddress),
                    new AuditRecord("signin.failure", "account", attempted.toLowerCase(Locale.ROOT), null,
                            reason(attempted, "unknown account")));
            return new Result(Outcome.FAILED, null);
        }
        AccountRow a = found.get();
        Instant now = clock.instant();
        if (a.lockedAt(now)) {
            ledger.record(actorOf(a, clientAddress), new AuditRecord("signin.refused.locked", "account",
                    a.id().toString(), null, reason(attempted, "account locked")));
            return new Result(Outcome.LOCKED, a);
        }
        boolean matches = password != null && passwords.matches(password, a.passwordHash());
        if (!a.enabled()) {
            ledger.record(actorOf(a, clientAddress), new AuditRecord("signin.failure", "account", a.id().toString(),
                    null, reason(attempted, "account disabled")));
            return new Result(Outcome.FAILED, null);
        }
        if (!matches) {
            return failure(a, attempted, "wrong password", clientAddress, now);
        }
        return new Result(Outcome.OK, a);
    }

    /** Checks a six-digit code (or a recovery code) of an enrolled account; on success the sign-in is complete. */
    @Transactional
    public Result checkSecondFactor(UUID accountId, String code, String clientAddress) {
        AccountRow a = store.byIdForUpdate(accountId).orElse(null);
        if (a == null || !a.enabled() || !a.totpEnrolled()) {
            return new Result(Outcome.FAILED, null);
        }
        Instant now = clock.instant();
        if (a.lockedAt(now)) {
            return new Result(Outcome.LOCKED, a);
        }
        String entered = code == null ? "" : code.trim();
        OptionalLong step = Totp.verify(cipher.decrypt(a.totpSecret()), entered, now, a.totpLastStep());
        if (step.isPresent() && store.useStep(a.id(), step.getAsLong())) {
            return success(a, "totp", clientAddress, now);
        }
        String normalized = normalizeRecoveryCode(entered);
        if (!normalized.isEmpty() && !entered.matches("\\d{6}")
                && store.useRecoveryCode(a.id(), cipher.digest(normalized), now)) {
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("remainingRecoveryCodes", store.unusedRecoveryCodes(a.id()));
            ledger.record(actorOf(a, clientAddress),
                    new AuditRecord("signin.recoveryCode.use", "account", a.id().toString(), null, after));
            return success(a, "recovery code", clientAddress, now);
        }
        return failure(a, a.username(), "wrong second-factor code", clientAddress, now);
    }

    /** A fresh secret for enrolment (kept in the session until confirmed). */
    public byte[] newSecret() {
        byte[] secret = new byte[20];
        random.nextBytes(secret);
        return secret;
    }

    /**
     * Confirms enrolment with a current code of the new secret: stores the secret (encrypted), completes the
     * sign-in and returns the recovery codes, shown once. Empty when the code is wrong (counted as a failure).
     */
    @Transactional
    public Optional<List<String>> confirmEnrolment(UUID accountId, byte[] secret, String code, String clientAddress) {
        AccountRow a = store.byIdForUpdate(accountId).orElse(null);
        if (a == null || !a.enabled()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (a.lockedAt(now)) {
            return Optional.empty();
        }
        OptionalLong step = Totp.verify(secret, code, now, null);
        if (step.isEmpty()) {
            failure(a, a.username(), "wrong enrolment code", clientAddress, now);
            return Optional.empty();
        }
        store.enrol(a.id(), cipher.encrypt(secret), step.getAsLong(), false);
        List<String> codes = newRecoveryCodes(a.id());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("secondFactorEnrolled", true);
        after.put("recoveryCodes", codes.size());
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("secondFactorEnrolled", a.totpEnrolled());
        ledger.record(actorOf(a, clientAddress),
                new AuditRecord("account.secondFactor.enrol", "account", a.id().toString(), before, after));
        success(a, "enrolment", clientAddress, now);
        return Optional.of(codes);
    }

    /** Replaces the account's recovery codes with ten new ones (shown once). */
    @Transactional
    public List<String> regenerateRecoveryCodes(UUID accountId) {
        AccountRow a = store.byIdForUpdate(accountId).orElseThrow();
        int before = store.unusedRecoveryCodes(a.id());
        List<String> codes = newRecoveryCodes(a.id());
        ledger.record(AuditRecord.change("account.recoveryCodes.regenerate", "account", a.id(),
                Map.of("unusedRecoveryCodes", before), Map.of("unusedRecoveryCodes", codes.size())));
        return codes;
    }

    /** Records a sign-out. */
    @Transactional
    public void signedOut(AuditActor actor) {
        ledger.record(actor, AuditRecord.of("signout", "account", actor.accountId()));
    }

    public Optional<AccountRow> account(UUID id) {
        return store.byId(id);
    }

    public boolean locked(UUID accountId) {
        return store.byId(accountId).map(a -> a.lockedAt(clock.instant())).orElse(false);
    }

    public int unusedRecoveryCodes(UUID accountId) {
        return store.unusedRecoveryCodes(accountId);
    }

    static String normalizeRecoveryCode(String code) {
        return code == null ? "" : code.replace("-", "").replace(" ", "").toUpperCase(Locale.ROOT);
    }

    private List<String> newRecoveryCodes(UUID accountId) {
        List<String> codes = new ArrayList<>();
        List<String> digests = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            StringBuilder sb = new StringBuilder();
            for (int j = 0; j < 10; j++) {
                sb.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
            }
            String plain = sb.toString();
            codes.add(plain.substring(0, 5) + "-" + plain.substring(5));
            digests.add(cipher.digest(plain));
        }
        store.replaceRecoveryCodes(accountId, digests);
        return codes;
    }

    private Result success(AccountRow a, String how, String clientAddress, Instant now) {
        store.signedIn(a.id(), now);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("secondFactor", how);
        ledger.record(actorOf(a, clientAddress), new AuditRecord("signin.success", "account", a.id().toString(), null, after));
        return new Result(Outcome.OK, store.byId(a.id()).orElse(a));
    }

    private Result failure(AccountRow a, String attempted, String why, String clientAddress, Instant now) {
        int failures = a.failedAttempts() + 1;
        AuditActor actor = new AuditActor(null, attempted, a.agencyId(), clientAddress);
        ledger.record(actor, new AuditRecord("signin.failure", "account", a.id().toString(), null, reason(attempted, why)));
        if (failures >= properties.maxFailedLogins()) {
            Instant until = now.plus(properties.lockout());
            store.updateFailures(a.id(), 0, until);
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("lockedUntil", until.toString());
            after.put("failures", failures);
            ledger.record(actor, new AuditRecord("signin.lockout", "account", a.id().toString(), null, after));
            return new Result(Outcome.LOCKED, a);
        }
        store.updateFailures(a.id(), failures, null);
        return new Result(Outcome.FAILED, a);
    }

    private static Map<String, Object> reason(String attempted, String why) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("username", attempted);
        m.put("reason", why);
        return m;
    }

    private static AuditActor actorOf(AccountRow a, String clientAddress) {
        return new AuditActor(a.id(), a.displayName(), a.agencyId(), clientAddress);
    }
}
