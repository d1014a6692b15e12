package vn.liaison;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.util.List;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.liaison.security.Actor;

/** Signs a MockMvc request (or the current thread, for service tests) in as an actor, second factor passed. */
public final class TestActors {

    private TestActors() {
    }

    public static UsernamePasswordAuthenticationToken token(Actor actor) {
        List<SimpleGrantedAuthority> authorities = actor.roles().stream()
                .map(r -> new SimpleGrantedAuthority(r.authority())).toList();
        return new UsernamePasswordAuthenticationToken(actor, null, authorities);
    }

    public static RequestPostProcessor as(Actor actor) {
        return authentication(token(actor));
    }

    /** Runs the body signed in as the actor on this thread. */
    public static void runAs(Actor actor, Runnable body) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(token(actor));
        try {
            body.run();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
