package vn.liaison.attachments;

import java.util.List;
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

    /** The agency's keys, the active one first, then retired ones (newest first); empty before its first signature. */
    List<SigningKeyView> signingKeys(UUID agencyId);

    /** One key of the agency (refused as not found when the key is another agency's or unknown). */
    SigningKeyView signingKey(UUID agencyId, String keyId);

    /**
     * Retires the agency's active key (it still verifies what it signed) and makes a new one, e.g. when the old
     * one may be compromised. The caller checks that the current person administers the agency.
     */
    SigningKeyView rotate(UUID agencyId);
}
