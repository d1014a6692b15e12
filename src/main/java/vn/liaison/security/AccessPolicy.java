package vn.liaison.security;

import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import vn.liaison.audit.LedgerAccess;
import vn.liaison.audit.LedgerScope;
import vn.liaison.shared.Classification;
import vn.liaison.shared.DomainException;

/**
 * The one access policy (ARCHITECTURE.md): a record is visible when the person's agency is a party (or a
 * successor of one), their role and assignment give them need to know, and their clearance covers the
 * record's level, which itself may not exceed the deployment's ceiling. Deny by default.
 * Handlers call {@code requireX}; templates call {@code canX} through {@code @accessPolicy}.
 */
@Component("accessPolicy")
public class AccessPolicy implements LedgerAccess {

    private final Classification ceiling;

    AccessPolicy(@Value("${liaison.security.classification-ceiling:TUYET_MAT}") Classification ceiling) {
        this.ceiling = ceiling;
    }

    /** The highest classification this deployment may hold. */
    public Classification ceiling() {
        return ceiling;
    }

    public Optional<Actor> actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof Actor actor
                && auth.getAuthorities().stream().noneMatch(a -> SecondFactor.PENDING.equals(a.getAuthority()))) {
            return Optional.of(actor);
        }
        return Optional.empty();
    }

    /** The current actor; refuses when nobody (fully) signed in. */
    public Actor requireActor() {
        return actor().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("not signed in"));
    }

    // ---- roles -------------------------------------------------------------------------------------------

    public boolean hasRole(Role role) {
        return actor().map(a -> a.has(role)).orElse(false);
    }

    public boolean hasAnyRole(Role... roles) {
        return actor().map(a -> a.hasAny(roles)).orElse(false);
    }

    public Actor requireRole(Role... roles) {
        Actor a = requireActor();
        if (!a.hasAny(roles)) {
            throw new AccessDeniedException("role required");
        }
        return a;
    }

    /** A token must hold the scope; a person passes (people are limited by roles and records). */
    public Actor requireScope(ApiScope scope) {
        Actor a = requireActor();
        if (!a.allows(scope)) {
            throw new AccessDeniedException("token scope required: " + scope);
        }
        return a;
    }

    public boolean isSystemAdmin() {
        return hasRole(Role.SYSTEM_ADMIN);
    }

    public Actor requireSystemAdmin() {
        return requireRole(Role.SYSTEM_ADMIN);
    }

    /** May the current person administer this agency (its units, people, accounts, tokens)? */
    public boolean canAdministerAgency(UUID agencyId) {
        return actor().map(a -> !a.isMachine()
                && (a.has(Role.SYSTEM_ADMIN) || a.has(Role.AGENCY_ADMIN) && a.agencyId() != null && a.agencyId().equals(agencyId)))
                .orElse(false);
    }

    public Actor requireAgencyAdmin(UUID agencyId) {
        Actor a = requireActor();
        if (!canAdministerAgency(agencyId)) {
            throw new AccessDeniedException("agency administrator of this agency required");
        }
        return a;
    }

    // ---- party, need to know, classification ---------------------------------------------------------------

    /** Is the actor's agency (or an agency it succeeded) one of the parties? */
    public boolean isParty(Actor actor, Collection<UUID> parties) {
        for (UUID p : parties) {
            if (actor.actingFor().contains(p)) {
                return true;
            }
        }
        return false;
    }

    public boolean isParty(Collection<UUID> parties) {
        return actor().map(a -> isParty(a, parties)).orElse(false);
    }

    /** Clearance covers the level, and the level is within the deployment's ceiling. */
    public boolean clearedFor(Actor actor, Classification level) {
        return ceiling.dominates(level) && actor.clearance().dominates(level);
    }

    public boolean clearedFor(Classification level) {
        return actor().map(a -> clearedFor(a, level)).orElse(false);
    }

    public boolean canSee(Actor actor, RecordAccess record) {
        return isParty(actor, record.parties()) && needsToKnow(actor, record) && clearedFor(actor, record.classification());
    }

    public boolean canSee(RecordAccess record) {
        return actor().map(a -> canSee(a, record)).orElse(false);
    }

    public Actor requireVisible(RecordAccess record) {
        Actor a = requireActor();
        if (!canSee(a, record)) {
            throw new AccessDeniedException("record not visible");
        }
        return a;
    }

    /** Refuses to store material above the deployment's ceiling (an Internet-facing deployment keeps only references). */
    public void requireWithinCeiling(Classification level) {
        if (!ceiling.dominates(level)) {
            throw DomainException.invalid("classification", "error.classification.aboveCeiling");
        }
    }

    /** Operational details (forces, means, measures) are seen only inside the agency that wrote them. */
    public boolean canSeeInternal(UUID owningAgency) {
        return actor().map(a -> a.actingFor().contains(owningAgency)).orElse(false);
    }

    private boolean needsToKnow(Actor actor, RecordAccess record) {
        if (record.agencyWide() || actor.hasAny(Role.LEADER, Role.SECRETARIAT)) {
            return true;
        }
        if (actor.isMachine()) {
            // A machine client answers for its agency as a whole; its scopes restrict what it may do.
            return true;
        }
        return actor.unitId() != null && record.units().contains(actor.unitId())
                || actor.personId() != null && record.people().contains(actor.personId());
    }

    // ---- the ledger --------------------------------------------------------------------------------------------

    @Override
    public LedgerScope requireLedgerReader() {
        Actor a = requireActor();
        if (!a.has(Role.AUDITOR) || !a.allows(ApiScope.AUDIT_READ)) {
            throw new AccessDeniedException("auditor required");
        }
        if (a.has(Role.SYSTEM_ADMIN)) {
            return LedgerScope.everything();
        }
        if (a.agencyId() == null) {
            // A scope without an agency would mean "everything": an auditor of no agency reads nothing.
            throw new AccessDeniedException("auditor of an agency required");
        }
        return new LedgerScope(a.agencyId());
    }
}
