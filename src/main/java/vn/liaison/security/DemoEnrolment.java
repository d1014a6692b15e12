package vn.liaison.security;

import java.util.UUID;

/**
 * Demo mode only: pre-enrols an account's second factor with a secret derived from its username, so the
 * sign-in page can show its current code and a newcomer signs in within a minute. Refused (an
 * {@code IllegalStateException}) unless {@code liaison.demo.enabled=true}.
 */
public interface DemoEnrolment {

    void preEnrol(UUID accountId);
}
