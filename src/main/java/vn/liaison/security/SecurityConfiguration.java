package vn.liaison.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;

import org.springframework.core.annotation.Order;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

import vn.liaison.audit.AuditActor;
import vn.liaison.security.token.ApiTokenFilter;
import vn.liaison.security.token.ApiTokenService;
import vn.liaison.security.account.AccountRow;
import vn.liaison.security.account.SignInService;

/** Who may reach which URL before any handler runs; record-level decisions are the {@link AccessPolicy}'s. */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    static final RequestMatcher API = request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/");

    private static final AccessDeniedHandlerImpl PAGE_DENIED = new AccessDeniedHandlerImpl();
    private static final LoginUrlAuthenticationEntryPoint LOGIN_PAGE = new LoginUrlAuthenticationEntryPoint("/login");

    /**
     * No observation around each security filter: nothing reads them (no metrics endpoint is exposed), and the
     * decorator that makes them costs on every API call (docs/performance.md).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
                new HttpSessionSecurityContextRepository());
    }

    /**
     * Machine clients: {@code Authorization: Bearer lia_...} on the API. Stateless (no session is read or
     * created) and therefore without CSRF, which protects only cookie-borne sessions.
     */
    @Bean
    @Order(1)
    SecurityFilterChain bearerFilterChain(HttpSecurity http, ApiTokenService tokens, ProblemResponses problems)
            throws Exception {
        ApiTokenFilter filter = new ApiTokenFilter(tokens,
                (request, response) -> problems.write(request, response, 401, "error.unauthenticated"));
        http.securityMatcher(request -> API.matches(request) && ApiTokenFilter.hasBearer(request))
                .authorizeHttpRequests(a -> a.anyRequest().access(fullySignedIn()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(r -> r.disable())
                .csrf(c -> c.disable())
                // nothing to log out of, and a bearer request is never anonymous: two filters fewer per call
                .logout(l -> l.disable())
                .anonymous(a -> a.disable())
                // no API code asks the servlet request for its user (getUserPrincipal, isUserInRole): no wrapper
                .servletApi(s -> s.disable())
                .addFilterBefore(filter, UsernamePasswordAuthenticationFilter.class)
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, ex) -> problems.write(request, response, 401, "error.unauthenticated"))
                        .accessDeniedHandler((request, response, ex) -> problems.write(request, response, 403, "error.forbidden")))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP)).frameOptions(f -> f.deny()));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain securityFilterChain(HttpSecurity http, SecurityContextRepository contexts, SignInService signIn,
            ProblemResponses problems) throws Exception {
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/webjars/**", "/css/**", "/js/**", "/images/**", "/favicon.ico", "/error",
                                "/login", "/login/second-factor", "/login/enrol", "/login/demo-codes",
                                "/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .anyRequest().access(fullySignedIn()))
                .securityContext(c -> c.securityContextRepository(contexts))
                .requestCache(c -> c.requestCache(pageRequestCache()))
                .formLogin(f -> f.loginPage("/login").permitAll()
                        .successHandler((request, response, authentication) -> {
                            Actor actor = (Actor) authentication.getPrincipal();
                            boolean enrolled = signIn.account(actor.accountId()).map(AccountRow::totpEnrolled).orElse(false);
                            response.sendRedirect(request.getContextPath() + (enrolled ? "/login/second-factor" : "/login/enrol"));
                        })
                        .failureHandler((request, response, exception) -> response.sendRedirect(request.getContextPath()
                                + (exception instanceof LockedException ? "/login?locked" : "/login?error"))))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?loggedOut")
                        .addLogoutHandler((request, response, authentication) -> {
                            if (authentication != null && authentication.getPrincipal() instanceof Actor a) {
                                signIn.signedOut(new AuditActor(a.accountId(), a.displayName(), a.agencyId(),
                                        request.getRemoteAddr()));
                            }
                        }))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, ex) -> {
                            if (API.matches(request)) {
                                problems.write(request, response, 401, "error.unauthenticated");
                            } else {
                                LOGIN_PAGE.commence(request, response, ex);
                            }
                        })
                        .accessDeniedHandler((request, response, ex) -> {
                            if (API.matches(request)) {
                                problems.write(request, response, 403, "error.forbidden");
                            } else if (pendingSecondFactor()) {
                                // Half-way through a sign-in: finish it rather than meet a refusal.
                                response.sendRedirect(request.getContextPath() + "/login/second-factor");
                            } else {
                                PAGE_DENIED.handle(request, response, ex);
                            }
                        }))
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(f -> f.deny()));
        return http.build();
    }

    /** Remembers refused pages (not API calls: an API refusal must not open a session). */
    private static HttpSessionRequestCache pageRequestCache() {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setRequestMatcher(request -> !API.matches(request) && "GET".equals(request.getMethod()));
        return cache;
    }

    private static boolean pendingSecondFactor() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().anyMatch(g -> SecondFactor.PENDING.equals(g.getAuthority()));
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
