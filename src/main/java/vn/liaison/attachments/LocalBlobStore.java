package vn.liaison.attachments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Blobs as files under a directory, fanned out by the first two bytes of the hash ({@code ab/cd/abcd...}) so no
 * directory grows huge. Writes go to a temporary file in the same directory and are then moved into place
 * atomically, so a crash never leaves a half-written blob under a real name.
 */
final class LocalBlobStore implements BlobStore {

    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

    private final Path root;

    LocalBlobStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.root);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create the attachments directory " + this.root
                    + " (liaison.attachments.dir): " + e.getMessage(), e);
        }
    }

    Path root() {
        return root;
    }

    /** Where the blob of that hash lives (tests reach for it to tamper with the bytes on disk). */
    Path path(String sha256) {
        if (!HEX64.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256 hex value");
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    @Override
    public boolean exists(String sha256) {
        return Files.isRegularFile(path(sha256));
    }

    @Override
    public void put(String sha256, byte[] sealed) {
        Path target = path(sha256);
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
            try {
                Files.write(temp, sealed);
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write attachment blob " + sha256, e);
        }
    }

    @Override
    public Optional<byte[]> get(String sha256) {
        try {
            return Optional.of(Files.readAllBytes(path(sha256)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read attachment blob " + sha256, e);
        }
    }
}
