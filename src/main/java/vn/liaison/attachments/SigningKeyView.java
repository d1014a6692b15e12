package vn.liaison.attachments;

import java.time.Instant;
import java.util.UUID;

/**
 * An agency's signing key as anyone may see it: the key id, algorithm and curve, the public key (PEM) and when
 * it was created and retired (a retired key still verifies what it signed).
 */
public record SigningKeyView(String keyId, UUID agencyId, String algorithm, String curve, String publicKeyPem,
        Instant createdAt, Instant retiredAt) {

    public boolean active() {
        return retiredAt == null;
    }
}
