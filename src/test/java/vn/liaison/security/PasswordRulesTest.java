package vn.liaison.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import vn.liaison.security.account.PasswordRules;
import vn.liaison.shared.DomainException;

/** Passwords: at least 12 characters, not the user name. */
class PasswordRulesTest {

    @Test
    void refusesShortPasswords() {
        assertThatThrownBy(() -> PasswordRules.check("password", "Short@123", "someone"))
                .isInstanceOf(DomainException.class).hasMessage("security.password.tooShort");
        assertThatThrownBy(() -> PasswordRules.check("password", null, "someone")).isInstanceOf(DomainException.class);
        assertThatCode(() -> PasswordRules.check("password", "twelve chars", "someone")).doesNotThrowAnyException();
    }

    @Test
    void refusesTheUserNameAndOverlongPasswords() {
        assertThatThrownBy(() -> PasswordRules.check("password", "Officer.CA-AGG", "officer.ca-agg"))
                .hasMessage("security.password.likeUsername");
        assertThatThrownBy(() -> PasswordRules.check("password", "x".repeat(129), "someone"))
                .hasMessage("security.password.tooLong");
    }

    @Test
    void namesTheFieldOfTheRefusal() {
        assertThatThrownBy(() -> PasswordRules.check("newPassword", "short", "someone"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.field()).isEqualTo("newPassword"));
    }
}
