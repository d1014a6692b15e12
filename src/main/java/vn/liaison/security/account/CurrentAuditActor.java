package vn.liaison.security.account;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import vn.liaison.audit.AuditActor;
import vn.liaison.audit.AuditActorProvider;
import vn.liaison.security.Actor;

/**
 * The ledger's actor for the current request: the signed-in person (or the token's client) and the client
 * address as the servlet container reports it (it honours X-Forwarded-For only when
 * {@code server.forward-headers-strategy} says so). The system when nobody is signed in.
 */
@Component("sessionAuditActorProvider")
public class CurrentAuditActor implements AuditActorProvider {

    @Override
    public AuditActor current() {
        String address = clientAddress();
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof Actor a) {
            String name = a.isMachine() ? "API: " + a.displayName() : a.displayName();
            return new AuditActor(a.accountId(), name, a.agencyId(), address);
        }
        AuditActor system = AuditActor.system();
        return address == null ? system : new AuditActor(null, system.name(), null, address);
    }

    public static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            return attrs.getRequest().getRemoteAddr();
        }
        return null;
    }
}
