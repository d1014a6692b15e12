package vn.liaison.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.liaison.LiaisonTest;
import vn.liaison.security.account.AccountService;
import vn.liaison.security.account.Base32;
import vn.liaison.security.account.DemoSecrets;
import vn.liaison.security.account.Totp;
import vn.liaison.shared.Classification;

/** The whole sign-in through the web: password, second factor, enrolment, recovery codes, lock-out, ledger. */
@LiaisonTest
class SignInFlowTest {

    static final String PASSWORD = "Correct-Horse-42";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void passwordThenCodeOpensTheHomePageWithANewSessionIdAndIsInTheLedger() throws Exception {
        AccountView account = enrolledAccount();
        MockHttpSession session = passwordStep(account.username(), PASSWORD, "/login/second-factor");
        mvc.perform(get("/login/second-factor").session(session)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"code\"")));
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login/second-factor"));

        String before = session.getId();
        mvc.perform(post("/login/second-factor").session(session).with(csrf()).param("code", currentCode(account.username())))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/"));
        assertThat(session.getId()).as("session id changed at sign-in").isNotEqualTo(before);
        mvc.perform(get("/").session(session)).andExpect(status().isOk());

        assertThat(ledger("signin.success", account.id())).isEqualTo(1);
        mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/login?loggedOut"));
        assertThat(ledger("signout", account.id())).isEqualTo(1);
    }

    @Test
    void aCodeIsNotAcceptedTwice() throws Exception {
        AccountView account = enrolledAccount();
        String code = currentCode(account.username());
        MockHttpSession first = passwordStep(account.username(), PASSWORD, "/login/second-factor");
        mvc.perform(post("/login/second-factor").session(first).with(csrf()).param("code", code))
                .andExpect(redirectedUrl("/"));
        MockHttpSession second = passwordStep(account.username(), PASSWORD, "/login/second-factor");
        mvc.perform(post("/login/second-factor").session(second).with(csrf()).param("code", code))
                .andExpect(status().isOk()).andExpect(model().attribute("codeError", "security.secondFactor.code.wrong"));
    }

    @Test
    void unknownUserAndWrongPasswordFailAndAreRecordedWithTheAttemptedName() throws Exception {
        String nobody = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/login").with(csrf()).param("username", nobody).param("password", "whatever-password"))
                .andExpect(redirectedUrl("/login?error"));
        int entries = jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'signin.failure' AND actor_name = ?")
                .param(nobody).query(Integer.class).single();
        assertThat(entries).isEqualTo(1);
        String after = jdbc.sql("SELECT after_state FROM audit_entry WHERE action = 'signin.failure' AND actor_name = ?")
                .param(nobody).query(String.class).single();
        assertThat(after).contains(nobody).doesNotContain("whatever-password");
    }

    @Test
    void repeatedFailuresOfPasswordOrCodeLockTheAccountWithoutSayingWhetherThePasswordWasRight() throws Exception {
        AccountView account = enrolledAccount();
        for (int i = 0; i < 4; i++) {
            mvc.perform(post("/login").with(csrf()).param("username", account.username()).param("password", "wrong-password-" + i))
                    .andExpect(redirectedUrl("/login?error"));
        }
        MockHttpSession session = passwordStep(account.username(), PASSWORD, "/login/second-factor");
        mvc.perform(post("/login/second-factor").session(session).with(csrf()).param("code", wrongCode(account.username())))
                .andExpect(redirectedUrl("/login?locked"));
        // Locked: the right password gets the same answer as a wrong one.
        mvc.perform(post("/login").with(csrf()).param("username", account.username()).param("password", PASSWORD))
                .andExpect(redirectedUrl("/login?locked"));
        mvc.perform(post("/login").with(csrf()).param("username", account.username()).param("password", "wrong-password-x"))
                .andExpect(redirectedUrl("/login?locked"));
        mvc.perform(get("/login").param("locked", "")).andExpect(content().string(Matchers.containsString("alert-danger")));

        assertThat(ledger("signin.failure", account.id())).isEqualTo(5);
        assertThat(ledger("signin.lockout", account.id())).isEqualTo(1);
        assertThat(ledger("signin.refused.locked", account.id())).isEqualTo(2);
        assertThat(accounts.account(account.id()).orElseThrow().lockedUntil()).isAfter(clock.instant());

        accounts.unlock(account.id());
        passwordStep(account.username(), PASSWORD, "/login/second-factor");
    }

    @Test
    void aFreshAccountEnrolsWithAQrCodeGetsRecoveryCodesAndUsesEachOnce() throws Exception {
        AccountView account = newAccount();
        MockHttpSession session = passwordStep(account.username(), PASSWORD, "/login/enrol");
        MvcResult page = mvc.perform(get("/login/enrol").session(session)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("src=\"data:image/png;base64,")))
                .andExpect(content().string(Matchers.containsString("alt=\""))).andReturn();
        byte[] secret = Base32.decode(((String) page.getModelAndView().getModel().get("secret")).replace(" ", ""));

        mvc.perform(post("/login/enrol").session(session).with(csrf()).param("code", "12"))
                .andExpect(status().isOk()).andExpect(model().attribute("codeError", "security.enrol.code.format"));
        MvcResult done = mvc.perform(post("/login/enrol").session(session).with(csrf())
                        .param("code", Totp.code(secret, clock.instant())))
                .andExpect(status().isOk()).andExpect(view().name("security/recovery-codes")).andReturn();
        @SuppressWarnings("unchecked")
        List<String> codes = (List<String>) done.getModelAndView().getModel().get("recoveryCodes");
        assertThat(codes).hasSize(10).doesNotHaveDuplicates();
        mvc.perform(get("/").session(session)).andExpect(status().isOk());
        assertThat(ledger("account.secondFactor.enrol", account.id())).isEqualTo(1);
        assertThat(accounts.account(account.id()).orElseThrow().secondFactorEnrolled()).isTrue();

        MockHttpSession again = passwordStep(account.username(), PASSWORD, "/login/second-factor");
        mvc.perform(post("/login/second-factor").session(again).with(csrf()).param("code", codes.get(3).toLowerCase()))
                .andExpect(redirectedUrl("/"));
        assertThat(ledger("signin.recoveryCode.use", account.id())).isEqualTo(1);

        MockHttpSession third = passwordStep(account.username(), PASSWORD, "/login/second-factor");
        mvc.perform(post("/login/second-factor").session(third).with(csrf()).param("code", codes.get(3)))
                .andExpect(status().isOk()).andExpect(model().attribute("codeError", "security.secondFactor.code.wrong"));
        mvc.perform(get("/").session(third)).andExpect(redirectedUrl("/login/second-factor"));
    }

    @Test
    void secondFactorPagesSendAnyoneWithoutAPasswordStepBackToSignIn() throws Exception {
        mvc.perform(get("/login/second-factor")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/login/enrol")).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/login/second-factor").with(csrf()).param("code", "123456")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void demoSignInPageShowsThePasswordAndCurrentCodesAndRefreshesThem() throws Exception {
        String page = mvc.perform(get("/login")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        byte[] sysadmin = DemoSecrets.secretFor("sysadmin");
        long step = Totp.step(clock.instant());
        assertThat(page).contains("Demo@2026-Liaison", "sysadmin", "hx-trigger=\"every 5s\"", "/login/demo-codes");
        assertThat(page).containsAnyOf(Totp.code(sysadmin, step - 1, 6), Totp.code(sysadmin, step, 6),
                Totp.code(sysadmin, step + 1, 6), Totp.code(sysadmin, step + 2, 6));
        mvc.perform(get("/login/demo-codes")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"demo-logins\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("<html"))));
    }

    @Test
    void aDemoPersonSignsInTwiceInARowWithTheCodesTheSignInPageShows() throws Exception {
        AccountView account = enrolledAccount();
        for (int i = 0; i < 2; i++) {
            String page = mvc.perform(get("/login/demo-codes")).andReturn().getResponse().getContentAsString();
            String row = page.substring(page.indexOf(account.username()));
            String code = row.replaceFirst("(?s).*?data-testid=\"demo-code\">(\\d{6})<.*", "$1");
            MockHttpSession session = passwordStep(account.username(), PASSWORD, "/login/second-factor");
            mvc.perform(post("/login/second-factor").session(session).with(csrf()).param("code", code))
                    .andExpect(redirectedUrl("/"));
        }
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    private MockHttpSession passwordStep(String username, String password, String expectedNext) throws Exception {
        MvcResult r = mvc.perform(post("/login").with(csrf()).param("username", username).param("password", password))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(expectedNext)).andReturn();
        return (MockHttpSession) r.getRequest().getSession(false);
    }

    AccountView newAccount() {
        String username = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        return accounts.create(new NewAccount(username, PASSWORD, UUID.randomUUID(), "Người thử " + username,
                UUID.nameUUIDFromBytes("agency:TEST-SIGNIN".getBytes()), "Cơ quan thử", null, Classification.MAT,
                EnumSet.of(Role.OFFICER))).account();
    }

    AccountView enrolledAccount() {
        AccountView a = newAccount();
        accounts.preEnrol(a.id());
        return a;
    }

    String currentCode(String username) {
        return Totp.code(DemoSecrets.secretFor(username), clock.instant());
    }

    String wrongCode(String username) {
        byte[] secret = DemoSecrets.secretFor(username);
        long step = Totp.step(clock.instant());
        Set<String> valid = Set.of(Totp.code(secret, step - 1, 6), Totp.code(secret, step, 6), Totp.code(secret, step + 1, 6),
                Totp.code(secret, step + 2, 6));
        for (int i = 0; ; i++) {
            String candidate = String.format("%06d", i);
            if (!valid.contains(candidate)) {
                return candidate;
            }
        }
    }

    int ledger(String action, UUID accountId) {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = ? AND target_id = ?")
                .params(action, accountId.toString()).query(Integer.class).single();
    }

    static Instant now(Clock clock) {
        return clock.instant();
    }
}
