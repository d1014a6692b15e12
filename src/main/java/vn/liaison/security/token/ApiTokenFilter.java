package vn.liaison.security.token;

import java.io.IOException;
import java.util.Optional;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.liaison.security.Actor;
import vn.liaison.security.account.ActorFactory;

/**
 * Authenticates {@code Authorization: Bearer lia_...} on the API for this request only (no session). An unknown,
 * expired or revoked token is answered 401 at once. Not a bean: it belongs to the bearer filter chain alone.
 */
public class ApiTokenFilter extends OncePerRequestFilter {

    /** Writes the 401 answer (problem details). */
    @FunctionalInterface
    public interface Refusal {
        void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException;
    }

    private final ApiTokenService tokens;
    private final Refusal refusal;
    private final WebAuthenticationDetailsSource details = new WebAuthenticationDetailsSource();

    public ApiTokenFilter(ApiTokenService tokens, Refusal refusal) {
        this.tokens = tokens;
        this.refusal = refusal;
    }

    public static boolean hasBearer(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        String secret = header == null || header.length() < 7 ? null : header.substring(7).trim();
        Optional<Actor> actor = tokens.authenticate(secret);
        if (actor.isEmpty()) {
            refusal.refuse(request, response);
            return;
        }
        var auth = UsernamePasswordAuthenticationToken.authenticated(actor.get(), null,
                ActorFactory.authorities(actor.get(), false));
        auth.setDetails(details.buildDetails(request));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
