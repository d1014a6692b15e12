package vn.liaison.attachments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Changes stored bytes behind the platform's back, as an intruder with disk access would. */
final class Tamper {

    private Tamper() {
    }

    static void flipByte(LocalBlobStore blobs, String sha256, int index) {
        Path p = blobs.path(sha256);
        try {
            byte[] b = Files.readAllBytes(p);
            int i = Math.floorMod(index, b.length);
            b[i] ^= 0x01;
            Files.write(p, b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(LocalBlobStore blobs, String sha256) {
        try {
            Files.delete(blobs.path(sha256));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
