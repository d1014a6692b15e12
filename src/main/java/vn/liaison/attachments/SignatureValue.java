package vn.liaison.attachments;

import java.time.Instant;

/** A digital signature: algorithm (e.g. SHA256withECDSA), the signing key's id, the value (base64) and when. */
public record SignatureValue(String algorithm, String keyId, String value, Instant signedAt) {
}
