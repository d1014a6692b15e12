package vn.liaison.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import vn.liaison.shared.Classification;

/**
 * Accounts for the people of agencies. The organizations module calls it when an agency administrator
 * gives a person an account or changes the person (every change is audited here).
 */
public interface AccountManagement {

    /** Creates the account; returns it with the initial password when one was generated (shown once). */
    CreatedAccount create(NewAccount account);

    Optional<AccountView> account(UUID accountId);

    Optional<AccountView> accountOfPerson(UUID personId);

    List<AccountView> accounts(UUID agencyId);

    /** Keeps the account's copy of the person in step (name, agency, unit, clearance). */
    void updateProfile(UUID personId, String displayName, UUID agencyId, String agencyName, UUID unitId,
            Classification clearance);

    void setRoles(UUID accountId, Set<Role> roles);

    void setEnabled(UUID accountId, boolean enabled);

    /** Lifts a lock-out after repeated failures. */
    void unlock(UUID accountId);

    /** Forgets the second factor: the person enrols again at the next sign-in. */
    void resetSecondFactor(UUID accountId);

    /** The people (person ids) of an agency whose accounts hold the role and are enabled. */
    Set<UUID> peopleWithRole(UUID agencyId, Role role);

    /** The created account and, when it was generated, its initial password. */
    record CreatedAccount(AccountView account, String initialPassword) {
    }
}
