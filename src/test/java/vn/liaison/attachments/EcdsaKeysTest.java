package vn.liaison.attachments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;

import org.junit.jupiter.api.Test;

/** ECDSA P-256: a signature holds for exactly the bytes and key it was made with. */
class EcdsaKeysTest {

    private final KeyPair pair = EcdsaKeys.generate();
    private final byte[] data = "{\"request\":\"R-1\",\"result\":\"DISCLOSED\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void signAndVerify() {
        byte[] sig = EcdsaKeys.sign(pair.getPrivate(), data);
        assertThat(EcdsaKeys.verify(pair.getPublic(), data, sig)).isTrue();
        assertThat(EcdsaKeys.verify(EcdsaKeys.publicKey(pair.getPublic().getEncoded()), data, sig)).isTrue();
    }

    @Test
    void aFlippedByteOfTheDataOrTheSignatureFails() {
        byte[] sig = EcdsaKeys.sign(pair.getPrivate(), data);
        for (int i = 0; i < data.length; i++) {
            byte[] d = data.clone();
            d[i] ^= 0x01;
            assertThat(EcdsaKeys.verify(pair.getPublic(), d, sig)).as("data byte %d", i).isFalse();
        }
        for (int i = 0; i < sig.length; i++) {
            byte[] s = sig.clone();
            s[i] ^= 0x01;
            assertThat(EcdsaKeys.verify(pair.getPublic(), data, s)).as("signature byte %d", i).isFalse();
        }
    }

    @Test
    void anotherKeyOrGarbageFailsWithoutThrowing() {
        byte[] sig = EcdsaKeys.sign(pair.getPrivate(), data);
        assertThat(EcdsaKeys.verify(EcdsaKeys.generate().getPublic(), data, sig)).isFalse();
        assertThat(EcdsaKeys.verify(pair.getPublic(), data, new byte[] {1, 2, 3})).isFalse();
        assertThat(EcdsaKeys.verify(pair.getPublic(), data, new byte[0])).isFalse();
        assertThat(EcdsaKeys.verify(pair.getPublic(), null, sig)).isFalse();
    }

    @Test
    void keyIdAndPem() {
        byte[] der = pair.getPublic().getEncoded();
        assertThat(EcdsaKeys.keyId(der)).matches("[0-9a-f]{16}").isEqualTo(Hashes.sha256(der).substring(0, 16));
        assertThat(EcdsaKeys.pem(der)).startsWith("-----BEGIN PUBLIC KEY-----\n").endsWith("-----END PUBLIC KEY-----\n");
    }
}
