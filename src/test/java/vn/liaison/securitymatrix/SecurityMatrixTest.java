package vn.liaison.securitymatrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.liaison.LiaisonTest;
import vn.liaison.security.Actor;

/**
 * Every endpoint of the application against an anonymous caller, a person of an unrelated agency, a person
 * with a lower clearance and a person with the wrong role; and against one person who must get through.
 */
@LiaisonTest
class SecurityMatrixTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyEndpointIsCoveredAndEveryCaseIsAnEndpoint() {
        Set<String> endpoints = endpoints();
        Set<String> covered = new TreeSet<>();
        cases().forEach(c -> covered.add(c.key()));
        Set<String> uncovered = new TreeSet<>(endpoints);
        uncovered.removeAll(covered);
        Set<String> stale = new TreeSet<>(covered);
        stale.removeAll(endpoints);
        assertThat(uncovered).as("endpoints without a security matrix case").isEmpty();
        assertThat(stale).as("cases naming no endpoint").isEmpty();
        assertThat(endpoints).isNotEmpty();
    }

    @Test
    void everyCaseSaysSomethingOfEachRefusal() {
        for (EndpointCase c : cases()) {
            if (c.isPublic()) {
                continue;
            }
            for (Refusal r : Refusal.values()) {
                assertThat(c.refused().containsKey(r) || c.notApplicable().containsKey(r))
                        .as("%s says nothing of %s", c, r).isTrue();
            }
            assertThat(c.allowed() != null || c.allowedSkipped() != null)
                    .as("%s names nobody who may use it", c).isTrue();
        }
    }

    @TestFactory
    Stream<DynamicTest> matrix() {
        List<DynamicTest> tests = new ArrayList<>();
        for (EndpointCase c : cases()) {
            if (!c.isPublic()) {
                tests.add(DynamicTest.dynamicTest(c + " anonymous", () -> assertAnonymousRefused(c)));
            }
            for (Map.Entry<Refusal, Actor> r : c.refused().entrySet()) {
                tests.add(DynamicTest.dynamicTest(c + " " + r.getKey(), () -> assertRefused(c, r.getValue(), r.getKey())));
            }
            if (c.allowed() != null) {
                tests.add(DynamicTest.dynamicTest(c + " allowed", () -> assertAllowed(c)));
            }
        }
        return tests.stream();
    }

    private void assertAnonymousRefused(EndpointCase c) throws Exception {
        int status = perform(c, null).getResponse().getStatus();
        if (c.path().startsWith("/api/")) {
            assertThat(status).as("%s anonymous", c).isEqualTo(401);
        } else {
            MvcResult r = perform(c, null);
            assertThat(r.getResponse().getStatus()).as("%s anonymous", c).isIn(302, 401, 403);
            if (r.getResponse().getStatus() == 302) {
                assertThat(r.getResponse().getRedirectedUrl()).as("%s anonymous redirect", c).endsWith("/login");
            }
        }
    }

    private void assertRefused(EndpointCase c, Actor actor, Refusal why) throws Exception {
        int status = perform(c, actor).getResponse().getStatus();
        assertThat(status).as("%s as %s", c, why).isIn(403, 404);
    }

    private void assertAllowed(EndpointCase c) throws Exception {
        int status = perform(c, c.allowed()).getResponse().getStatus();
        assertThat(status).as("%s as the allowed person", c).isNotIn(401, 403, 404).isLessThan(500);
    }

    private MvcResult perform(EndpointCase c, Actor actor) throws Exception {
        MockHttpServletRequestBuilder req = request(c.method(), c.path());
        if (c.body() != null) {
            req.contentType(c.contentType()).content(c.body());
        }
        if (c.method() != HttpMethod.GET) {
            req.with(csrf());
        }
        if (actor != null) {
            List<SimpleGrantedAuthority> authorities = new ArrayList<>();
            actor.roles().forEach(r -> authorities.add(new SimpleGrantedAuthority(r.authority())));
            req.with(authentication(new UsernamePasswordAuthenticationToken(actor, null, authorities)));
        }
        return mvc.perform(req).andReturn();
    }

    @AfterEach
    void cleanUp() {
        MatrixFixtures fixtures = new MatrixFixtures(context);
        contributions().forEach(c -> c.cleanUp(fixtures));
    }

    private List<EndpointCase> cases() {
        MatrixFixtures fixtures = new MatrixFixtures(context);
        List<EndpointCase> all = new ArrayList<>();
        for (SecurityMatrixContribution contribution : contributions()) {
            all.addAll(contribution.cases(fixtures));
        }
        return all;
    }

    private Set<String> endpoints() {
        Set<String> found = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            if (!e.getValue().getBeanType().getName().startsWith("vn.liaison.")) {
                continue;
            }
            Collection<String> methods = e.getKey().getMethodsCondition().getMethods().stream().map(Enum::name).toList();
            assertThat(methods).as("%s must declare its HTTP method", e.getValue()).isNotEmpty();
            for (String pattern : e.getKey().getPatternValues()) {
                methods.forEach(m -> found.add(m + " " + pattern));
            }
        }
        return found;
    }

    private static List<SecurityMatrixContribution> contributions() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(SecurityMatrixContribution.class));
        List<SecurityMatrixContribution> found = new ArrayList<>();
        scanner.findCandidateComponents("vn.liaison").forEach(bd -> {
            try {
                found.add((SecurityMatrixContribution) Class.forName(bd.getBeanClassName())
                        .getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException ex) {
                throw new IllegalStateException("Cannot create " + bd.getBeanClassName(), ex);
            }
        });
        return found;
    }
}
