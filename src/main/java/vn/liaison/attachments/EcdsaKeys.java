package vn.liaison.attachments;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * ECDSA over P-256 with SHA-256, through the JDK only, so a signature can be checked anywhere (OpenSSL, any
 * JDK) from the published public key. Signatures are DER-encoded, as OpenSSL writes them.
 */
final class EcdsaKeys {

    static final String ALGORITHM = "SHA256withECDSA";
    static final String CURVE = "secp256r1";

    private EcdsaKeys() {
    }

    static KeyPair generate() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec(CURVE));
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("ECDSA P-256 is not available", e);
        }
    }

    /** The first 16 hex digits of the SHA-256 of the public key's X.509 encoding. */
    static String keyId(byte[] publicKeyDer) {
        return Hashes.sha256(publicKeyDer).substring(0, 16);
    }

    static byte[] sign(PrivateKey key, byte[] data) {
        try {
            Signature s = Signature.getInstance(ALGORITHM);
            s.initSign(key);
            s.update(data);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign with ECDSA", e);
        }
    }

    /** False for any mismatch or malformed input; never throws. */
    static boolean verify(PublicKey key, byte[] data, byte[] signature) {
        if (key == null || data == null || signature == null) {
            return false;
        }
        try {
            Signature s = Signature.getInstance(ALGORITHM);
            s.initVerify(key);
            s.update(data);
            return s.verify(signature);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    static PublicKey publicKey(byte[] x509) {
        try {
            return KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(x509));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Stored public key is not an EC key", e);
        }
    }

    static PrivateKey privateKey(byte[] pkcs8) {
        try {
            return KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Stored private key is not an EC key", e);
        }
    }

    static String pem(byte[] x509) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(x509);
        return "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n";
    }
}
