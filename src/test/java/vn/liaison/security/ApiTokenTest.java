package vn.liaison.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.liaison.Announcements;
import vn.liaison.LiaisonTest;
import vn.liaison.TestActors;
import vn.liaison.security.token.ApiTokenService;
import vn.liaison.security.token.CreatedToken;
import vn.liaison.security.token.NewToken;
import vn.liaison.shared.ChangeFeed;
import vn.liaison.shared.Classification;

/** API tokens: created once, used statelessly, scoped, expiring, revocable; refusals are problem details. */
@LiaisonTest
class ApiTokenTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    AccessPolicy policy;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    ChangeFeed changes;

    @Autowired
    TransactionTemplate transactions;

    final UUID agency = UUID.randomUUID();
    final Actor admin = new Actor(UUID.randomUUID(), "admin.test", UUID.randomUUID(), "Quản trị thử", agency, "Cơ quan thử",
            null, Classification.MAT, Set.of(Role.AGENCY_ADMIN), Set.of(agency), null, Set.of());

    @Test
    void createdOverTheApiTheSecretOpensTheApiWithoutASession() throws Exception {
        MvcResult created = mvc.perform(post("/api/v1/tokens").with(TestActors.as(admin)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Hệ thống báo cáo\",\"scopes\":[\"ORGANIZATIONS_READ\"],\"expiresInDays\":30}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.token.prefix").value(Matchers.startsWith("lia_")))
                .andExpect(jsonPath("$.token.status").value("ACTIVE")).andReturn();
        JsonNode body = new ObjectMapper().readTree(created.getResponse().getContentAsString());
        String secret = body.get("secret").asString();
        assertThat(secret).startsWith("lia_").hasSize(4 + 43);
        assertThat(jdbc.sql("SELECT count(*) FROM api_token WHERE token_sha256 = ? OR prefix = ?")
                .params(secret, secret).query(Integer.class).single()).as("the secret itself is never stored").isZero();

        MvcResult me = mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret))
                .andExpect(status().isOk()).andExpect(jsonPath("$.machine").value(true))
                .andExpect(jsonPath("$.agencyId").value(agency.toString()))
                .andExpect(jsonPath("$.roles[0]").value("OFFICER"))
                .andExpect(jsonPath("$.scopes[0]").value("ORGANIZATIONS_READ")).andReturn();
        assertThat(me.getRequest().getSession(false)).as("bearer requests are stateless").isNull();
        assertThat(me.getResponse().getHeader("Set-Cookie")).isNull();

        // The list is the administrator's, never the token's; and never shows a secret.
        mvc.perform(get("/api/v1/tokens").header("Authorization", "Bearer " + secret))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/tokens").with(TestActors.as(admin))).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].name").value("Hệ thống báo cáo"))
                .andExpect(content().string(Matchers.not(Matchers.containsString(secret))));
    }

    @Test
    void aRevokedAWrongOrAnExpiredTokenIsAnsweredWith401ProblemDetails() throws Exception {
        CreatedToken token = tokens.create(admin, new NewToken("thu hồi", Set.of(ApiScope.REQUESTS_READ), null, null));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token.secret())).andExpect(status().isOk());
        mvc.perform(delete("/api/v1/tokens/" + token.token().id()).with(TestActors.as(admin)).with(csrf()))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token.secret()))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Chưa đăng nhập"))
                .andExpect(jsonPath("$.detail").isNotEmpty());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer lia_" + "x".repeat(43)))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer nonsense")).andExpect(status().isUnauthorized());
        MvcResult anonymous = mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized()).andReturn();
        assertThat(anonymous.getRequest().getSession(false)).as("an API refusal opens no session").isNull();

        CreatedToken expiring = tokens.create(admin, new NewToken("hết hạn", Set.of(ApiScope.REQUESTS_READ), 1, null));
        jdbc.sql("UPDATE api_token SET expires_at = ? WHERE id = ?")
                .params(Timestamp.from(clock.instant().minusSeconds(1)), expiring.token().id()).update();
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + expiring.secret()))
                .andExpect(status().isUnauthorized());
        assertThat(tokens.find(expiring.token().id()).orElseThrow().status().name()).isEqualTo("EXPIRED");
    }

    @Test
    void aTokenIsServedFromTheCacheUntilAnyNodeChangesIt() {
        CreatedToken token = tokens.create(admin, new NewToken("bộ nhớ đệm", Set.of(ApiScope.REQUESTS_READ), 10, null));
        UUID id = token.token().id();
        // the first use stores the agencies the token acts for, a change every cache hears of
        assertThat(tokens.authenticate(token.secret())).isPresent();
        Announcements.undisturbed(changes, jdbc, ApiTokenService.CHANGES, () -> {
            assertThat(tokens.authenticate(token.secret())).isPresent();
            try {
                hiddenScopes(id, "REQUESTS_WRITE");
                assertThat(tokens.authenticate(token.secret()).orElseThrow().scopes()).as("served from the cache")
                        .containsExactly(ApiScope.REQUESTS_READ);
            } finally {
                hiddenScopes(id, "REQUESTS_READ");
            }
        });
        // revoked as another node would: committed through another connection, heard from the database
        jdbc.sql("UPDATE api_token SET revoked_at = now() WHERE id = ?").param(id).update();
        Announcements.awaitTrue("refused once the change is heard", () -> tokens.authenticate(token.secret()).isEmpty());
    }

    /** Changes a token's scopes with the announcement switched off: no cache hears of it. */
    private void hiddenScopes(UUID token, String scopes) {
        Announcements.unannounced(transactions, jdbc, "api_token",
                () -> jdbc.sql("UPDATE api_token SET scopes = ? WHERE id = ?").params(scopes, token).update());
    }

    @Test
    void aTokenOnlyDoesWhatItsScopesAllow() {
        CreatedToken token = tokens.create(admin, new NewToken("phạm vi", Set.of(ApiScope.ORGANIZATIONS_READ), 10, null));
        Actor machine = tokens.authenticate(token.secret()).orElseThrow();
        TestActors.runAs(machine, () -> {
            assertThat(policy.requireScope(ApiScope.ORGANIZATIONS_READ)).isEqualTo(machine);
            assertThatThrownBy(() -> policy.requireScope(ApiScope.REQUESTS_WRITE)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(policy::requireLedgerReader).isInstanceOf(AccessDeniedException.class);
            assertThat(policy.canAdministerAgency(agency)).as("a token never administers").isFalse();
        });
    }

    @Test
    void lastUseIsWrittenAtMostOnceAMinute() throws Exception {
        CreatedToken token = tokens.create(admin, new NewToken("lần dùng", Set.of(ApiScope.REQUESTS_READ), 10, null));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token.secret())).andExpect(status().isOk());
        Instant first = tokens.find(token.token().id()).orElseThrow().lastUsedAt();
        assertThat(first).isNotNull();
        Instant thirtySecondsAgo = clock.instant().minusSeconds(30);
        jdbc.sql("UPDATE api_token SET last_used_at = ? WHERE id = ?").params(Timestamp.from(thirtySecondsAgo), token.token().id()).update();
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token.secret())).andExpect(status().isOk());
        Instant unchanged = tokens.find(token.token().id()).orElseThrow().lastUsedAt();
        assertThat(Duration.between(thirtySecondsAgo, unchanged).abs()).as("not rewritten within the minute")
                .isLessThan(Duration.ofMillis(1));
        // a minute later it is written again: LastUseTest, with the clock in hand
    }

    @Test
    void badRequestsAreRefusedWithMessagesAndNothingIsWritten() throws Exception {
        int before = count();
        mvc.perform(post("/api/v1/tokens").with(TestActors.as(admin)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"x\",\"scopes\":[\"ORGANIZATIONS_READ\"],\"expiresInDays\":400}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("expiresInDays"));
        mvc.perform(post("/api/v1/tokens").with(TestActors.as(admin)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"x\",\"scopes\":[\"ORGANIZATIONS_READ\"],\"clearance\":\"TUYET_MAT\"}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("clearance"));
        mvc.perform(post("/api/v1/tokens").with(TestActors.as(admin)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"\",\"scopes\":[]}"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/api/v1/tokens").with(TestActors.as(admin)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"x\",\"scopes\":[\"NO_SUCH_SCOPE\"]}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/tokens").with(TestActors.as(admin)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{not json")).andExpect(status().isBadRequest());
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void theTokenScreenShowsErrorsBesideFieldsKeepsInputAndShowsTheSecretOnce() throws Exception {
        mvc.perform(post("/security/tokens").with(TestActors.as(admin)).with(csrf())
                        .param("name", "Giữ nguyên tên").param("expiresInDays", "abc"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"expiresInDays-error\"")))
                .andExpect(model().attribute("form", Matchers.hasProperty("name", Matchers.is("Giữ nguyên tên"))))
                .andExpect(content().string(Matchers.containsString("name=\"name\" value=\"Gi")));
        mvc.perform(post("/security/tokens").with(TestActors.as(admin)).with(csrf())
                        .param("name", "Giữ nguyên tên").param("expiresInDays", "30"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"scopes-error\"")));
        String page = mvc.perform(post("/security/tokens").with(TestActors.as(admin)).with(csrf())
                        .param("name", "Màn hình").param("scopes", "AGREEMENTS_READ").param("expiresInDays", "30")
                        .param("clearance", "UNCLASSIFIED"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-testid=\"token-secret\"").containsPattern("value=\"lia_[A-Za-z0-9_-]{43}\"");
        String list = mvc.perform(get("/security/tokens").with(TestActors.as(admin))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(list).contains("Màn hình").doesNotContain("data-testid=\"token-secret\"");

        UUID id = jdbc.sql("SELECT id FROM api_token WHERE agency_id = ? AND name = 'Màn hình'").param(agency)
                .query(UUID.class).single();
        mvc.perform(post("/security/tokens/" + id + "/revoke").with(TestActors.as(admin)).with(csrf()))
                .andExpect(redirectedUrl("/security/tokens"));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'token.revoke' AND target_id = ?")
                .param(id.toString()).query(Integer.class).single()).isEqualTo(1);
    }

    private int count() {
        return jdbc.sql("SELECT count(*) FROM api_token WHERE agency_id = ?").param(agency).query(Integer.class).single();
    }
}
