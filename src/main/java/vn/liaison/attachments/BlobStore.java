package vn.liaison.attachments;

import java.util.Optional;

/**
 * Where the sealed (encrypted) bytes of attachments live, one blob per SHA-256 of the plain content. The local
 * file system implementation serves one machine; this interface is where an S3-compatible object store plugs
 * in when Liaison grows past one machine (ARCHITECTURE.md, "Growing past one machine"): keys are the hex
 * SHA-256, values immutable, so any object store with atomic puts fits.
 */
interface BlobStore {

    boolean exists(String sha256);

    /** Writes the blob atomically (readers see the whole blob or none); replaces a blob already there. */
    void put(String sha256, byte[] sealed);

    /** The blob, or empty when there is none under that hash. */
    Optional<byte[]> get(String sha256);
}
