package vn.liaison.security.account;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The sign-in settings: lock-out threshold and duration, demo mode, the TOTP issuer shown in apps. */
@Component
public class SecurityProperties {

    private final int maxFailedLogins;
    private final Duration lockout;
    private final boolean demo;
    private final String demoPassword;
    private final String issuer;

    public SecurityProperties(@Value("${liaison.security.max-failed-logins:5}") int maxFailedLogins,
            @Value("${liaison.security.lockout-minutes:15}") int lockoutMinutes,
            @Value("${liaison.demo.enabled:false}") boolean demo,
            @Value("${liaison.demo.password:Demo@2026-Liaison}") String demoPassword,
            @Value("${liaison.security.totp-issuer:Liaison}") String issuer) {
        this.maxFailedLogins = Math.max(1, maxFailedLogins);
        this.lockout = Duration.ofMinutes(Math.max(1, lockoutMinutes));
        this.demo = demo;
        this.demoPassword = demoPassword;
        this.issuer = issuer;
    }

    public int maxFailedLogins() {
        return maxFailedLogins;
    }

    public Duration lockout() {
        return lockout;
    }

    public boolean demo() {
        return demo;
    }

    public String demoPassword() {
        return demoPassword;
    }

    public String issuer() {
        return issuer;
    }
}
