package vn.liaison.audit;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The actor of the current request as the security module reports it, or the system when there is none. */
@Component
class LedgerActors {

    private final ObjectProvider<AuditActorProvider> providers;

    LedgerActors(ObjectProvider<AuditActorProvider> providers) {
        this.providers = providers;
    }

    AuditActor get() {
        AuditActorProvider provider = providers.getIfAvailable();
        AuditActor actor = provider == null ? null : provider.current();
        return actor == null ? AuditActor.system() : actor;
    }
}
