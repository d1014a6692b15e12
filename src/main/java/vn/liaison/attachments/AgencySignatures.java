package vn.liaison.attachments;

import java.util.UUID;

/**
 * Signs on behalf of an agency with a key pair the platform generates for it (ECDSA P-256 through the JDK),
 * the private key encrypted at rest; anyone allowed to see a signed record can verify it.
 */
public interface AgencySignatures {

    SignatureValue sign(UUID agencyId, byte[] canonicalForm);

    /** True only when the signature was made by that agency's key over exactly these bytes. */
    boolean verify(UUID agencyId, byte[] canonicalForm, SignatureValue signature);

    /** The public key (PEM) with that id, for verification outside the platform. */
    String publicKeyPem(UUID agencyId, String keyId);
}
