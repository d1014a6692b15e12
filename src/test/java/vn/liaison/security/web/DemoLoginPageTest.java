package vn.liaison.security.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.ui.ExtendedModelMap;

import vn.liaison.security.account.DemoLogins;
import vn.liaison.security.account.SecurityProperties;

/** Production shows nothing of the demo: no accounts, no password, no codes; demo enrolment is refused. */
class DemoLoginPageTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void productionModelHasNoDemoAccountsPasswordOrCodes() {
        DemoLogins demo = new DemoLogins(new SecurityProperties(5, 15, false, "Demo@2026-Liaison", "Liaison"), null, clock);
        ExtendedModelMap model = new ExtendedModelMap();
        LoginController.addDemo(model, demo);
        assertThat(model.get("demoMode")).isEqualTo(false);
        assertThat(model).doesNotContainKeys("demoPassword", "demoLogins");
        assertThat(demo.logins()).isEmpty();
        assertThat(demo.password()).isNull();
    }

    @Test
    void demoEnrolmentIsRefusedOutsideDemoMode() {
        var service = new vn.liaison.security.account.AccountService(null, null, null, null,
                new SecurityProperties(5, 15, false, "x", "Liaison"), clock);
        assertThatThrownBy(() -> service.preEnrol(UUID.randomUUID())).isInstanceOf(IllegalStateException.class);
    }
}
