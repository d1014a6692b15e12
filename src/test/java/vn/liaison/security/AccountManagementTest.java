package vn.liaison.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.liaison.LiaisonTest;
import vn.liaison.security.AccountManagement.CreatedAccount;
import vn.liaison.shared.Classification;
import vn.liaison.shared.DomainException;

/** The contract the organizations module uses: accounts created, changed and audited; roles found; refusals clear. */
@LiaisonTest
class AccountManagementTest {

    @Autowired
    AccountManagement accounts;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    final UUID agency = UUID.randomUUID();

    @Test
    void createsWithAGeneratedPasswordShownOnceAndAuditsWithoutSecrets() {
        CreatedAccount created = accounts.create(account("Mixed.Case-" + suffix(), null, EnumSet.of(Role.LEADER)));
        assertThat(created.initialPassword()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(created.account().username()).isEqualTo(created.account().username().toLowerCase());
        assertThat(created.account().secondFactorEnrolled()).isFalse();
        String after = jdbc.sql("SELECT after_state FROM audit_entry WHERE action = 'account.create' AND target_id = ?")
                .param(created.account().id().toString()).query(String.class).single();
        assertThat(after).contains(created.account().username()).doesNotContain(created.initialPassword())
                .doesNotContain("argon2");
        assertThat(accounts.account(created.account().id())).isPresent();
        assertThat(accounts.accountOfPerson(created.account().personId())).isPresent();
        assertThat(accounts.accounts(agency)).extracting(AccountView::id).contains(created.account().id());
    }

    @Test
    void refusesBadUsernamesDuplicatesShortPasswordsAndMissingRoles() {
        String name = "dup" + suffix();
        accounts.create(account(name, "Long-Enough-Password", EnumSet.of(Role.OFFICER)));
        assertThatThrownBy(() -> accounts.create(account(name.toUpperCase(), "Long-Enough-Password", EnumSet.of(Role.OFFICER))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT));
        assertThatThrownBy(() -> accounts.create(account("x", "Long-Enough-Password", EnumSet.of(Role.OFFICER))))
                .hasMessage("security.account.username.invalid");
        assertThatThrownBy(() -> accounts.create(account("ok" + suffix(), "short", EnumSet.of(Role.OFFICER))))
                .hasMessage("security.password.tooShort");
        assertThatThrownBy(() -> accounts.create(account("ok" + suffix(), "Long-Enough-Password", EnumSet.noneOf(Role.class))))
                .hasMessage("security.account.roles.required");
    }

    @Test
    void rolesProfileAndEnablingAreAuditedBeforeAndAfterAndFindPeopleWithARole() {
        AccountView a = accounts.create(account("roles" + suffix(), "Long-Enough-Password", EnumSet.of(Role.OFFICER))).account();
        assertThat(accounts.peopleWithRole(agency, Role.SECRETARIAT)).doesNotContain(a.personId());
        accounts.setRoles(a.id(), EnumSet.of(Role.OFFICER, Role.SECRETARIAT));
        assertThat(accounts.peopleWithRole(agency, Role.SECRETARIAT)).contains(a.personId());
        String before = jdbc.sql("SELECT before_state FROM audit_entry WHERE action = 'account.roles.update' AND target_id = ?")
                .param(a.id().toString()).query(String.class).single();
        String after = jdbc.sql("SELECT after_state FROM audit_entry WHERE action = 'account.roles.update' AND target_id = ?")
                .param(a.id().toString()).query(String.class).single();
        assertThat(before).doesNotContain("SECRETARIAT");
        assertThat(after).contains("SECRETARIAT");

        accounts.updateProfile(a.personId(), "Tên mới", agency, "Cơ quan mới", null, Classification.TOI_MAT);
        assertThat(accounts.account(a.id()).orElseThrow().clearance()).isEqualTo(Classification.TOI_MAT);
        assertThat(accounts.account(a.id()).orElseThrow().displayName()).isEqualTo("Tên mới");

        accounts.setEnabled(a.id(), false);
        assertThat(accounts.peopleWithRole(agency, Role.SECRETARIAT)).doesNotContain(a.personId());
    }

    @Test
    void aDisabledAccountCannotSignInAndALockOutEndsWithItsTimeOrAnUnlock() throws Exception {
        AccountView a = accounts.create(account("lock" + suffix(), "Long-Enough-Password", EnumSet.of(Role.OFFICER))).account();
        jdbc.sql("UPDATE account SET locked_until = ? WHERE id = ?")
                .params(Timestamp.from(clock.instant().plusSeconds(600)), a.id()).update();
        signIn(a.username(), "/login?locked");
        jdbc.sql("UPDATE account SET locked_until = ? WHERE id = ?")
                .params(Timestamp.from(clock.instant().minusSeconds(1)), a.id()).update();
        signIn(a.username(), "/login/enrol");
        jdbc.sql("UPDATE account SET locked_until = ? WHERE id = ?")
                .params(Timestamp.from(clock.instant().plusSeconds(600)), a.id()).update();
        accounts.unlock(a.id());
        signIn(a.username(), "/login/enrol");

        accounts.setEnabled(a.id(), false);
        signIn(a.username(), "/login?error");
    }

    @Test
    void resettingTheSecondFactorSendsThePersonBackToEnrolment() throws Exception {
        AccountView a = accounts.create(account("reset" + suffix(), "Long-Enough-Password", EnumSet.of(Role.OFFICER))).account();
        ((DemoEnrolment) accounts).preEnrol(a.id());
        signIn(a.username(), "/login/second-factor");
        accounts.resetSecondFactor(a.id());
        assertThat(accounts.account(a.id()).orElseThrow().secondFactorEnrolled()).isFalse();
        signIn(a.username(), "/login/enrol");
    }

    private void signIn(String username, String expected) throws Exception {
        mvc.perform(post("/login").with(csrf()).param("username", username).param("password", "Long-Enough-Password"))
                .andExpect(redirectedUrl(expected));
    }

    private NewAccount account(String username, String password, EnumSet<Role> roles) {
        return new NewAccount(username, password, UUID.randomUUID(), "Người thử", agency, "Cơ quan thử", null,
                Classification.MAT, roles);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
