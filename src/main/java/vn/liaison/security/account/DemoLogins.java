package vn.liaison.security.account;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.liaison.security.Role;

/**
 * What the sign-in page shows in demo mode: the demo accounts, the shared password and each account's current
 * code. Outside demo mode it shows nothing at all, whatever accounts exist.
 */
@Component
public class DemoLogins {

    /** One demo account as the sign-in page lists it. */
    public record DemoLogin(String username, List<Role> roles, String agencyName, String code) {
    }

    private final SecurityProperties properties;
    private final AccountStore store;
    private final Clock clock;

    public DemoLogins(SecurityProperties properties, AccountStore store, Clock clock) {
        this.properties = properties;
        this.store = store;
        this.clock = clock;
    }

    public boolean shown() {
        return properties.demo();
    }

    public String password() {
        return properties.demo() ? properties.demoPassword() : null;
    }

    public List<DemoLogin> logins() {
        if (!properties.demo()) {
            return List.of();
        }
        long current = Totp.step(clock.instant());
        return store.demoAccounts().stream()
                .map(a -> new DemoLogin(a.username(), a.roles().stream().sorted().toList(), a.agencyName(),
                        Totp.code(DemoSecrets.secretFor(a.username()), usableStep(current, a.totpLastStep()), Totp.DIGITS)))
                .toList();
    }

    /**
     * The current step, or the next one when the current code was just used (replay protection would refuse
     * it): a newcomer who signs out and in again within the same 30 seconds still gets a code that works.
     */
    static long usableStep(long current, Long lastUsed) {
        return lastUsed != null && lastUsed >= current ? lastUsed + 1 : current;
    }

    /** Seconds until the codes change. */
    public long secondsLeft() {
        long epoch = clock.instant().getEpochSecond();
        return Totp.STEP_SECONDS - epoch % Totp.STEP_SECONDS;
    }
}
