package vn.liaison;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The application starts on embedded PostgreSQL, serves its sign-in page in both languages and reports its health. */
@LiaisonTest
class ApplicationSmokeTest {

    @Autowired
    MockMvc mvc;

    @Test
    void signInPageIsVietnameseByDefaultAndEnglishOnRequest() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Đăng nhập")))
                .andExpect(header().string("Content-Security-Policy", Matchers.containsString("script-src 'self'")));
        mvc.perform(get("/login").param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Sign in")));
    }

    @Test
    void pagesNeedSignIn() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @Autowired
    org.flywaydb.core.Flyway flyway;

    @Test
    void aModulesNewMigrationBelowAnotherModulesAppliedOneIsRunNotRefused() {
        // Version ranges per module: an upgraded database meets such migrations (db/migration/README.md).
        org.assertj.core.api.Assertions.assertThat(flyway.getConfiguration().isOutOfOrder()).isTrue();
    }

    @Test
    void healthIsUp() throws Exception {
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
    }
}
