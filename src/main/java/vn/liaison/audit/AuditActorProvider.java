package vn.liaison.audit;

/** Supplies the actor of the current request (implemented by the security module). */
public interface AuditActorProvider {

    AuditActor current();
}
