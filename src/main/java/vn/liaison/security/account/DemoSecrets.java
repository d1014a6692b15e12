package vn.liaison.security.account;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/** Demo mode: the second-factor secret of a demo account is derived from its username (so codes can be shown). */
public final class DemoSecrets {

    private static final byte[] KEY = "liaison demo second factor (never in production)".getBytes(StandardCharsets.UTF_8);

    private DemoSecrets() {
    }

    public static byte[] secretFor(String username) {
        return Arrays.copyOf(SecretCipher.hmac(KEY, username.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8)), 20);
    }
}
