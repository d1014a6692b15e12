package vn.liaison.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

import org.junit.jupiter.api.Test;

/** AES-256-GCM: round trip, a fresh nonce each time, and any change to the sealed bytes is caught. */
class AttachmentCipherTest {

    static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private final AttachmentCipher cipher = AttachmentCipher.fromConfiguration(KEY);
    private final byte[] address = "abc".getBytes(StandardCharsets.US_ASCII);

    @Test
    void roundTrip() {
        byte[] plain = Samples.text();
        byte[] sealed = cipher.seal(plain, address);
        assertThat(cipher.open(sealed, address)).isEqualTo(plain);
        assertThat(sealed.length).isEqualTo(1 + 12 + plain.length + 16);
    }

    @Test
    void theSealedFormDoesNotContainThePlainText() {
        byte[] plain = "Nguyễn Văn A, thuê bao +84912345678".getBytes(StandardCharsets.UTF_8);
        byte[] sealed = cipher.seal(plain, address);
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("84912345678");
    }

    @Test
    void eachSealUsesAFreshNonce() {
        byte[] plain = Samples.text();
        byte[] a = cipher.seal(plain, address);
        byte[] b = cipher.seal(plain, address);
        assertThat(Arrays.copyOfRange(a, 1, 13)).isNotEqualTo(Arrays.copyOfRange(b, 1, 13));
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void aFlippedByteAnywhereIsCaught() {
        byte[] sealed = cipher.seal(Samples.text(), address);
        for (int i : new int[] {0, 1, 12, 13, sealed.length / 2, sealed.length - 1}) {
            byte[] tampered = sealed.clone();
            tampered[i] ^= 0x01;
            assertThatThrownBy(() -> cipher.open(tampered, address)).as("byte %d", i)
                    .isInstanceOf(AttachmentCipher.TamperedException.class);
        }
    }

    @Test
    void truncationAnotherPlaceOrAnotherKeyIsCaught() {
        byte[] sealed = cipher.seal(Samples.text(), address);
        assertThatThrownBy(() -> cipher.open(Arrays.copyOf(sealed, sealed.length - 1), address))
                .isInstanceOf(AttachmentCipher.TamperedException.class);
        assertThatThrownBy(() -> cipher.open(Arrays.copyOf(sealed, 5), address))
                .isInstanceOf(AttachmentCipher.TamperedException.class);
        assertThatThrownBy(() -> cipher.open(sealed, "abd".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(AttachmentCipher.TamperedException.class);
        byte[] otherKey = new byte[32];
        otherKey[0] = 1;
        AttachmentCipher other = AttachmentCipher.fromConfiguration(Base64.getEncoder().encodeToString(otherKey));
        assertThatThrownBy(() -> other.open(sealed, address)).isInstanceOf(AttachmentCipher.TamperedException.class);
    }

    @Test
    void aMissingOrMalformedKeyStopsStartWithAClearMessage() {
        assertThatThrownBy(() -> AttachmentCipher.fromConfiguration(""))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("liaison.attachments.encryption-key is not set");
        assertThatThrownBy(() -> AttachmentCipher.fromConfiguration("not base64 at all!"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not valid base64");
        assertThatThrownBy(() -> AttachmentCipher.fromConfiguration(Base64.getEncoder().encodeToString(new byte[16])))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("decodes to 16 bytes");
    }
}
