package vn.liaison.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Blobs on the local disk: fanned out by hash, written atomically, nothing left behind. */
class LocalBlobStoreTest {

    @TempDir
    Path dir;

    @Test
    void putGetExists() throws IOException {
        LocalBlobStore blobs = new LocalBlobStore(dir);
        String sha = Hashes.sha256(new byte[] {1, 2, 3});
        assertThat(blobs.exists(sha)).isFalse();
        assertThat(blobs.get(sha)).isEmpty();
        blobs.put(sha, new byte[] {9, 9});
        assertThat(blobs.exists(sha)).isTrue();
        assertThat(blobs.get(sha)).contains(new byte[] {9, 9});
        assertThat(blobs.path(sha)).isEqualTo(dir.resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha));
        blobs.put(sha, new byte[] {7});
        assertThat(blobs.get(sha)).contains(new byte[] {7});
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.filter(Files::isRegularFile).toList()).as("no temporary files left").containsExactly(blobs.path(sha));
        }
    }

    @Test
    void onlyHashesNamePaths() {
        LocalBlobStore blobs = new LocalBlobStore(dir);
        assertThatThrownBy(() -> blobs.path("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }
}
