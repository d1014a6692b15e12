package vn.liaison.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Base64;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import vn.liaison.security.account.QrCodes;
import vn.liaison.security.account.Totp;

/** The enrolment QR code is a PNG data URI that an authenticator app reads back as the otpauth URI. */
class QrCodesTest {

    @Test
    void qrCodeDecodesToTheOtpauthUri() throws Exception {
        String uri = Totp.uri("Liaison", "officer.ca-agg", "12345678901234567890".getBytes());
        String dataUri = QrCodes.pngDataUri(uri, 240);
        assertThat(dataUri).startsWith("data:image/png;base64,");
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(
                Base64.getDecoder().decode(dataUri.substring("data:image/png;base64,".length()))));
        int[] pixels = img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(img.getWidth(), img.getHeight(), pixels)));
        assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo(uri);
    }
}
