package vn.liaison.security.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.liaison.audit.AuditLedger;
import vn.liaison.audit.AuditRecord;
import vn.liaison.security.AccountManagement;
import vn.liaison.security.AccountView;
import vn.liaison.security.DemoEnrolment;
import vn.liaison.security.NewAccount;
import vn.liaison.security.Role;
import vn.liaison.shared.Classification;
import vn.liaison.shared.DomainException;

/**
 * Accounts of people. Callers (the organizations module's handlers) check the access policy first; every
 * change is recorded here with the state before and after, never a secret.
 */
@Service
public class AccountService implements AccountManagement, DemoEnrolment {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789@#";

    private final AccountStore store;
    private final PasswordEncoder passwords;
    private final SecretCipher cipher;
    private final AuditLedger ledger;
    private final SecurityProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public AccountService(AccountStore store, PasswordEncoder passwords, SecretCipher cipher, AuditLedger ledger,
            SecurityProperties properties, Clock clock) {
        this.store = store;
        this.passwords = passwords;
        this.cipher = cipher;
        this.ledger = ledger;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    @Transactional
    public CreatedAccount create(NewAccount account) {
        String username = account.username() == null ? "" : account.username().trim().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            throw DomainException.invalid("username", "security.account.username.invalid");
        }
        if (store.byUsername(username).isPresent()) {
            throw new DomainException(DomainException.Kind.CONFLICT, "username", "security.account.username.taken", username);
        }
        if (account.personId() != null && store.byPerson(account.personId()).isPresent()) {
            throw DomainException.conflict("security.account.person.hasAccount");
        }
        if (account.displayName() == null || account.displayName().isBlank()) {
            throw DomainException.invalid("displayName", "security.account.displayName.required");
        }
        if (account.roles() == null || account.roles().isEmpty()) {
            throw DomainException.invalid("roles", "security.account.roles.required");
        }
        String generated = null;
        String raw = account.rawPassword();
        if (raw == null) {
            generated = randomPassword();
            raw = generated;
        } else {
            PasswordRules.check("password", raw, username);
        }
        AccountRow row = new AccountRow(UUID.randomUUID(), username, passwords.encode(raw), account.personId(),
                account.displayName().trim(), account.agencyId(), account.agencyName(), account.unitId(),
                account.clearance() == null ? Classification.UNCLASSIFIED : account.clearance(),
                EnumSet.copyOf(account.roles()), true, 0, null, null, false, null, false, null, clock.instant());
        store.insert(row);
        ledger.record(AuditRecord.change("account.create", "account", row.id(), null, row.audited()));
        return new CreatedAccount(row.view(), generated);
    }

    @Override
    public Optional<AccountView> account(UUID accountId) {
        return store.byId(accountId).map(AccountRow::view);
    }

    @Override
    public Optional<AccountView> accountOfPerson(UUID personId) {
        return store.byPerson(personId).map(AccountRow::view);
    }

    @Override
    public List<AccountView> accounts(UUID agencyId) {
        return store.byAgency(agencyId).stream().map(AccountRow::view).toList();
    }

    @Override
    @Transactional
    public void updateProfile(UUID personId, String displayName, UUID agencyId, String agencyName, UUID unitId,
            Classification clearance) {
        store.byPerson(personId).ifPresent(before -> {
            if (displayName == null || displayName.isBlank()) {
                throw DomainException.invalid("displayName", "security.account.displayName.required");
            }
            Classification level = clearance == null ? before.clearance() : clearance;
            store.updateProfile(before.id(), displayName.trim(), agencyId, agencyName, unitId, level);
            audit("account.profile.update", before);
        });
    }

    @Override
    @Transactional
    public void setRoles(UUID accountId, Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw DomainException.invalid("roles", "security.account.roles.required");
        }
        AccountRow before = require(accountId);
        store.updateRoles(accountId, roles);
        audit("account.roles.update", before);
    }

    @Override
    @Transactional
    public void setEnabled(UUID accountId, boolean enabled) {
        AccountRow before = require(accountId);
        store.updateEnabled(accountId, enabled);
        audit(enabled ? "account.enable" : "account.disable", before);
    }

    @Override
    @Transactional
    public void unlock(UUID accountId) {
        AccountRow before = require(accountId);
        store.updateFailures(accountId, 0, null);
        audit("account.unlock", before);
    }

    @Override
    @Transactional
    public void resetSecondFactor(UUID accountId) {
        AccountRow before = require(accountId);
        store.forgetSecondFactor(accountId);
        audit("account.secondFactor.reset", before);
    }

    @Override
    public Set<UUID> peopleWithRole(UUID agencyId, Role role) {
        return store.peopleWithRole(agencyId, role);
    }

    @Override
    @Transactional
    public void preEnrol(UUID accountId) {
        if (!properties.demo()) {
            throw new IllegalStateException("demo enrolment is refused outside demo mode");
        }
        AccountRow before = require(accountId);
        byte[] secret = DemoSecrets.secretFor(before.username());
        store.enrol(accountId, cipher.encrypt(secret), null, true);
        audit("account.secondFactor.demoEnrol", before);
    }

    /** Changes the person's own password after checking the current one. */
    @Transactional
    public void changePassword(UUID accountId, String currentPassword, String newPassword) {
        AccountRow before = require(accountId);
        if (currentPassword == null || !passwords.matches(currentPassword, before.passwordHash())) {
            throw DomainException.invalid("currentPassword", "security.password.currentWrong");
        }
        PasswordRules.check("newPassword", newPassword, before.username());
        store.updatePassword(accountId, passwords.encode(newPassword));
        ledger.record(AuditRecord.change("account.password.change", "account", accountId, null, null));
    }

    /** Sets a password without knowing the old one (the bootstrap and demo set-up only). */
    @Transactional
    public void resetPassword(UUID accountId, String newPassword) {
        AccountRow before = require(accountId);
        PasswordRules.check("password", newPassword, before.username());
        store.updatePassword(accountId, passwords.encode(newPassword));
        ledger.record(AuditRecord.change("account.password.reset", "account", accountId, null, null));
    }

    public Optional<AccountRow> row(UUID accountId) {
        return store.byId(accountId);
    }

    String randomPassword() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            sb.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return sb.toString();
    }

    Instant now() {
        return clock.instant();
    }

    private AccountRow require(UUID accountId) {
        return store.byId(accountId).orElseThrow(() -> DomainException.notFound("account"));
    }

    private void audit(String action, AccountRow before) {
        AccountRow after = require(before.id());
        ledger.record(AuditRecord.change(action, "account", before.id(), before.audited(), after.audited()));
    }
}
