package vn.liaison.audit;

import java.util.function.Supplier;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/** The actor of the current request as the security module reports it, or the system when there is none. */
@Component
class LedgerActors {

    private final Supplier<AuditActorProvider> providers;

    LedgerActors(ObjectProvider<AuditActorProvider> providers) {
        this.providers = SingletonSupplier.of(providers::getIfAvailable);
    }

    AuditActor get() {
        AuditActorProvider provider = providers.get();
        AuditActor actor = provider == null ? null : provider.current();
        return actor == null ? AuditActor.system() : actor;
    }
}
