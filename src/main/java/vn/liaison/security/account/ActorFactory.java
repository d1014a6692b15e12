package vn.liaison.security.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

import vn.liaison.security.Actor;
import vn.liaison.security.AgencyLineage;
import vn.liaison.security.SecondFactor;

/** Builds the principal of a sign-in: the person, and the agencies their agency acts for (itself and its predecessors). */
@Component
public class ActorFactory {

    private final Supplier<AgencyLineage> lineage;

    public ActorFactory(ObjectProvider<AgencyLineage> lineage) {
        this.lineage = SingletonSupplier.of(lineage::getIfAvailable);
    }

    public Actor actor(AccountRow a) {
        return new Actor(a.id(), a.username(), a.personId(), a.displayName(), a.agencyId(), a.agencyName(), a.unitId(),
                a.clearance(), a.roles(), actingFor(a.agencyId()), null, Set.of());
    }

    /** The agency and every agency it succeeded; the agency alone when the organizations module is absent. */
    public Set<UUID> actingFor(UUID agencyId) {
        if (agencyId == null) {
            return Set.of();
        }
        AgencyLineage l = lineage.get();
        Set<UUID> found = l == null ? null : l.actingFor(agencyId);
        if (found == null || found.isEmpty()) {
            return Set.of(agencyId);
        }
        if (!found.contains(agencyId)) {
            var all = new java.util.HashSet<>(found);
            all.add(agencyId);
            return all;
        }
        return found;
    }

    public static List<GrantedAuthority> authorities(Actor actor, boolean pending) {
        List<GrantedAuthority> list = new ArrayList<>();
        actor.roles().forEach(r -> list.add(new SimpleGrantedAuthority(r.authority())));
        actor.scopes().forEach(s -> list.add(new SimpleGrantedAuthority(s.authority())));
        if (pending) {
            list.add(new SimpleGrantedAuthority(SecondFactor.PENDING));
        }
        return list;
    }
}
