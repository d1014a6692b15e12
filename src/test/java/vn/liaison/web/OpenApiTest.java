package vn.liaison.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.liaison.LiaisonTest;
import vn.liaison.TestActors;
import vn.liaison.security.Actor;
import vn.liaison.security.Role;
import vn.liaison.shared.Classification;

/** The OpenAPI document describes the API (and only the API), and Swagger UI is served by the application itself. */
@LiaisonTest
class OpenApiTest {

    @Autowired
    MockMvc mvc;

    private final Actor officer = new Actor(UUID.randomUUID(), "openapi", null, "OpenAPI reader", UUID.randomUUID(),
            "Agency", null, Classification.UNCLASSIFIED, Set.of(Role.OFFICER), null, null, null);

    @Test
    void documentDescribesTheApiResources() throws Exception {
        String json = mvc.perform(get("/v3/api-docs").with(TestActors.as(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        JsonNode doc = new ObjectMapper().readTree(json);
        assertThat(doc.get("openapi").asText()).startsWith("3.1");
        assertThat(doc.get("paths").propertyNames()).contains("/api/v1/agencies", "/api/v1/units", "/api/v1/people",
                "/api/v1/audit/entries", "/api/v1/tokens", "/api/v1/agreements", "/api/v1/plans")
                .allMatch(p -> p.startsWith("/api/"));
    }

    @Test
    void swaggerUiIsServedLocally() throws Exception {
        mvc.perform(get("/swagger-ui/index.html").with(TestActors.as(officer))).andExpect(status().isOk());
    }

    @Test
    void documentNeedsSignIn() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/login"));
    }
}
