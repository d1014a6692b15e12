package vn.liaison.security.web;

import java.util.Optional;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.liaison.security.Actor;
import vn.liaison.security.SecondFactor;
import vn.liaison.security.account.AccountRow;
import vn.liaison.security.account.ActorFactory;

/** The half-finished sign-in of this session, and its completion once the second factor passed. */
@Component
class SignInCompletion {

    private final SecurityContextRepository contexts;
    private final ActorFactory actors;

    SignInCompletion(SecurityContextRepository contexts, ActorFactory actors) {
        this.contexts = contexts;
        this.actors = actors;
    }

    /** The actor whose password was checked and whose second factor is still due. */
    Optional<Actor> pending() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof Actor a
                && auth.getAuthorities().stream().anyMatch(g -> SecondFactor.PENDING.equals(g.getAuthority()))) {
            return Optional.of(a);
        }
        return Optional.empty();
    }

    /** Replaces the pending authentication with the full one and gives the session a new id (fixation). */
    void complete(AccountRow account, HttpServletRequest request, HttpServletResponse response) {
        Actor actor = actors.actor(account);
        var token = UsernamePasswordAuthenticationToken.authenticated(actor, null, ActorFactory.authorities(actor, false));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(token);
        SecurityContextHolder.setContext(context);
        request.changeSessionId();
        contexts.saveContext(context, request, response);
    }

    /** Abandons the sign-in (locked out during the second factor). */
    void abandon(HttpServletRequest request, HttpServletResponse response) {
        SecurityContext empty = SecurityContextHolder.createEmptyContext();
        SecurityContextHolder.setContext(empty);
        contexts.saveContext(empty, request, response);
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
