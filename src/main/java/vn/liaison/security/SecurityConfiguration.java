package vn.liaison.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/** Who may reach which URL before any handler runs; record-level decisions are the {@link AccessPolicy}'s. */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    static final RequestMatcher API = request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/");

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/webjars/**", "/css/**", "/js/**", "/images/**", "/favicon.ico", "/error",
                                "/login", "/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .anyRequest().access(fullySignedIn()))
                .formLogin(f -> f.loginPage("/login").permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?loggedOut"))
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(f -> f.deny()));
        return http.build();
    }

    /** Signed in, and the second factor passed: a half-finished sign-in opens nothing else. */
    static AuthorizationManager<RequestAuthorizationContext> fullySignedIn() {
        return (authentication, context) -> {
            var auth = authentication.get();
            boolean ok = auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof Actor
                    && auth.getAuthorities().stream().noneMatch(g -> SecondFactor.PENDING.equals(g.getAuthority()));
            return new AuthorizationDecision(ok);
        };
    }
}
