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

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import vn.liaison.LiaisonTest;
import vn.liaison.TestActors;
import vn.liaison.security.account.AccountService;
import vn.liaison.security.account.ActorFactory;
import vn.liaison.shared.Classification;

/** One's own account page: profile, password change with the current password, new recovery codes. */
@LiaisonTest
class AccountPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    ActorFactory actors;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void changesThePasswordOnlyWithTheCurrentOneAndANewOneThatKeepsTheRules() throws Exception {
        String username = "acct" + UUID.randomUUID().toString().substring(0, 8);
        AccountView view = accounts.create(new NewAccount(username, "Old-Password-2026", UUID.randomUUID(), "Người thử",
                UUID.randomUUID(), "Cơ quan thử", null, Classification.UNCLASSIFIED, EnumSet.of(Role.OFFICER))).account();
        Actor me = actors.actor(accounts.row(view.id()).orElseThrow());

        mvc.perform(get("/account").with(TestActors.as(me))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(username)));
        mvc.perform(post("/account/password").with(TestActors.as(me)).with(csrf())
                        .param("currentPassword", "wrong").param("newPassword", "New-Password-2026")
                        .param("confirmPassword", "New-Password-2026"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrorCode("passwordForm", "currentPassword",
                        "security.password.currentWrong"));
        mvc.perform(post("/account/password").with(TestActors.as(me)).with(csrf())
                        .param("currentPassword", "Old-Password-2026").param("newPassword", "short")
                        .param("confirmPassword", "short"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrorCode("passwordForm", "newPassword",
                        "security.password.tooShort"));
        mvc.perform(post("/account/password").with(TestActors.as(me)).with(csrf())
                        .param("currentPassword", "Old-Password-2026").param("newPassword", "New-Password-2026")
                        .param("confirmPassword", "Other-Password-2026"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrorCode("passwordForm", "confirmPassword",
                        "security.password.mismatch"));
        assertThat(passwords.matches("Old-Password-2026", accounts.row(view.id()).orElseThrow().passwordHash())).isTrue();

        mvc.perform(post("/account/password").with(TestActors.as(me)).with(csrf())
                        .param("currentPassword", "Old-Password-2026").param("newPassword", "New-Password-2026")
                        .param("confirmPassword", "New-Password-2026"))
                .andExpect(redirectedUrl("/account"));
        String hash = accounts.row(view.id()).orElseThrow().passwordHash();
        assertThat(hash).startsWith("{argon2}");
        assertThat(passwords.matches("New-Password-2026", hash)).isTrue();
    }

    @Test
    void regeneratesTenRecoveryCodesShownOnce() throws Exception {
        String username = "acct" + UUID.randomUUID().toString().substring(0, 8);
        AccountView view = accounts.create(new NewAccount(username, "Some-Password-2026", UUID.randomUUID(), "Người thử",
                UUID.randomUUID(), "Cơ quan thử", null, Classification.UNCLASSIFIED, EnumSet.of(Role.OFFICER))).account();
        accounts.preEnrol(view.id());
        Actor me = actors.actor(accounts.row(view.id()).orElseThrow());
        var result = mvc.perform(post("/account/recovery-codes").with(TestActors.as(me)).with(csrf()))
                .andExpect(status().isOk()).andExpect(view().name("security/recovery-codes")).andReturn();
        @SuppressWarnings("unchecked")
        List<String> codes = (List<String>) result.getModelAndView().getModel().get("recoveryCodes");
        assertThat(codes).hasSize(10).allMatch(c -> c.matches("[A-Z2-9]{5}-[A-Z2-9]{5}"));
        mvc.perform(get("/account").with(TestActors.as(me))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString(codes.get(0)))));
    }
}
