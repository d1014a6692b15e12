package vn.liaison.attachments;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM with a random 96-bit nonce per message. Sealed form: version byte, nonce, ciphertext with its
 * 128-bit tag. The associated data binds a sealed message to where it belongs (a blob to its SHA-256, a private
 * key to its key id), so moving ciphertext between places fails authentication just as a flipped byte does.
 */
final class AttachmentCipher {

    static final String PROPERTY = "liaison.attachments.encryption-key";
    private static final byte VERSION = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    private AttachmentCipher(byte[] key) {
        this.key = new SecretKeySpec(key, "AES");
    }

    /** Refuses to start with a message saying what to do when the configured key is missing or malformed. */
    static AttachmentCipher fromConfiguration(String base64Key) {
        if (base64Key == null || base64Key.isBlank()) {
            throw new IllegalStateException(PROPERTY + " is not set: attachments and agency signing keys are encrypted "
                    + "at rest with it. Set it to the base64 of 32 random bytes (e.g. `openssl rand -base64 32`); "
                    + "see docs/attachments.md.");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64Key.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(PROPERTY + " is not valid base64; it must be the base64 of 32 random bytes "
                    + "(e.g. `openssl rand -base64 32`).");
        }
        if (key.length != 32) {
            throw new IllegalStateException(PROPERTY + " decodes to " + key.length + " bytes; AES-256 needs exactly 32 "
                    + "(e.g. `openssl rand -base64 32`).");
        }
        return new AttachmentCipher(key);
    }

    byte[] seal(byte[] plain, byte[] associatedData) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            c.updateAAD(associatedData);
            byte[] sealed = c.doFinal(plain);
            return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length).put(VERSION).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** The plain bytes, or an {@link TamperedException} when the sealed bytes were changed, cut or moved. */
    byte[] open(byte[] sealed, byte[] associatedData) {
        if (sealed.length < 1 + NONCE_BYTES + TAG_BITS / 8 || sealed[0] != VERSION) {
            throw new TamperedException();
        }
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 1, NONCE_BYTES));
            c.updateAAD(associatedData);
            return c.doFinal(sealed, 1 + NONCE_BYTES, sealed.length - 1 - NONCE_BYTES);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new TamperedException();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** Sealed bytes that do not authenticate: changed on disk, truncated, or sealed under another key or place. */
    static final class TamperedException extends RuntimeException {
        TamperedException() {
            super("sealed bytes do not authenticate");
        }
    }
}
