package vn.liaison.attachments;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import vn.liaison.audit.AuditLedger;
import vn.liaison.audit.AuditRecord;
import vn.liaison.security.AccessPolicy;
import vn.liaison.security.Actor;
import vn.liaison.shared.DomainException;

/**
 * The attachment store: checks size and type, stores the bytes once per SHA-256, sealed with AES-GCM, and a
 * metadata row per upload in the caller's transaction. If that transaction rolls back the blob stays behind,
 * unreferenced; that is harmless (it is addressed by content and encrypted) and the next upload of the same
 * bytes reuses it.
 */
@Service
class EncryptedAttachmentStore implements AttachmentStore {

    private static final Logger log = LoggerFactory.getLogger(EncryptedAttachmentStore.class);

    private final JdbcClient jdbc;
    private final BlobStore blobs;
    private final AttachmentCipher cipher;
    private final AuditLedger ledger;
    private final AccessPolicy access;
    private final Clock clock;
    private final TransactionTemplate separately;
    private final long maxBytes;

    EncryptedAttachmentStore(JdbcClient jdbc, BlobStore blobs, AttachmentCipher cipher, AuditLedger ledger,
            AccessPolicy access, Clock clock, PlatformTransactionManager transactions,
            @Value("${liaison.attachments.max-bytes:20971520}") long maxBytes) {
        this.jdbc = jdbc;
        this.blobs = blobs;
        this.cipher = cipher;
        this.ledger = ledger;
        this.access = access;
        this.clock = clock;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.maxBytes = maxBytes;
    }

    long maxBytes() {
        return maxBytes;
    }

    @Override
    @Transactional
    public AttachmentView store(NewAttachment attachment) {
        byte[] content = attachment == null ? null : attachment.content();
        if (content == null || content.length == 0) {
            throw DomainException.invalid("file", "attachments.file.empty");
        }
        if (content.length > maxBytes) {
            throw DomainException.invalid("file", "attachments.file.tooLarge",
                    AttachmentsFormat.bytes(content.length), AttachmentsFormat.bytes(maxBytes));
        }
        String name = FileNames.sanitise(attachment.fileName());
        FileType type = FileTypeDetector.check(name, attachment.declaredContentType(), content);
        String sha256 = Hashes.sha256(content);
        writeBlob(sha256, content);

        Optional<Actor> actor = access.actor();
        AttachmentView view = new AttachmentView(UUID.randomUUID(), sha256, name, type.contentType(), content.length,
                actor.map(Actor::accountId).orElse(null), actor.map(EncryptedAttachmentStore::nameOf).orElse("system"),
                actor.map(Actor::agencyId).orElse(null), clock.instant().truncatedTo(ChronoUnit.MICROS));
        jdbc.sql("""
                INSERT INTO attachment (id, sha256, file_name, content_type, size, uploaded_by, uploaded_by_name,
                  agency_id, uploaded_at) VALUES (?,?,?,?,?,?,?,?,?)""")
                .params(view.id(), view.sha256(), view.fileName(), view.contentType(), view.size(), view.uploadedBy(),
                        view.uploadedByName(), view.agencyId(), Timestamp.from(view.uploadedAt()))
                .update();
        ledger.record(AuditRecord.change("attachment.store", "attachment", view.id(), null,
                Map.of("sha256", sha256, "size", view.size(), "fileName", name, "contentType", view.contentType())));
        return view;
    }

    @Override
    @Transactional(readOnly = true)
    public AttachmentView view(UUID attachmentId) {
        return find(attachmentId).orElseThrow(() -> DomainException.notFound("attachment"));
    }

    @Override
    @Transactional(readOnly = true)
    public List<AttachmentView> views(List<UUID> attachmentIds) {
        if (attachmentIds == null || attachmentIds.isEmpty()) {
            return List.of();
        }
        Map<UUID, AttachmentView> found = jdbc.sql("SELECT * FROM attachment WHERE id IN (:ids)")
                .param("ids", attachmentIds).query(EncryptedAttachmentStore::row).list().stream()
                .collect(Collectors.toMap(AttachmentView::id, Function.identity()));
        if (found.size() != attachmentIds.stream().distinct().count()) {
            throw DomainException.notFound("attachment");
        }
        return attachmentIds.stream().map(found::get).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] read(UUID attachmentId) {
        AttachmentView view = view(attachmentId);
        Opened opened = open(view);
        if (!opened.check().matches()) {
            integrityFailure(view, opened.check());
            throw new DomainException(DomainException.Kind.CONFLICT, null, "attachments.integrity.failed",
                    view.fileName(), view.sha256());
        }
        return opened.content();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean verify(UUID attachmentId) {
        AttachmentView view = view(attachmentId);
        Check check = open(view).check();
        if (!check.matches()) {
            integrityFailure(view, check);
        }
        return check.matches();
    }

    /** The recorded hash against the hash of the stored bytes as they are now (actual is null when unreadable). */
    Check check(AttachmentView view) {
        return open(view).check();
    }

    private Opened open(AttachmentView view) {
        Optional<byte[]> sealed = blobs.get(view.sha256());
        if (sealed.isEmpty()) {
            return new Opened(null, new Check(view.sha256(), null, false, "missing"));
        }
        try {
            byte[] content = cipher.open(sealed.get(), view.sha256().getBytes(StandardCharsets.US_ASCII));
            String actual = Hashes.sha256(content);
            boolean matches = Hashes.same(view.sha256(), actual);
            return new Opened(content, new Check(view.sha256(), actual, matches, matches ? null : "hash"));
        } catch (AttachmentCipher.TamperedException e) {
            return new Opened(null, new Check(view.sha256(), null, false, "unauthenticated"));
        }
    }

    /** The failure goes to the ledger in a transaction of its own: the caller's will roll back on the refusal. */
    private void integrityFailure(AttachmentView view, Check check) {
        log.error("INTEGRITY FAILURE of attachment {} ({}): recorded SHA-256 {}, stored bytes {} ({})", view.id(),
                view.fileName(), view.sha256(), check.actual() == null ? "unreadable" : check.actual(), check.problem());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("expectedSha256", view.sha256());
        after.put("actualSha256", check.actual());
        after.put("problem", check.problem());
        separately.executeWithoutResult(s -> ledger.record(
                AuditRecord.change("attachment.integrity-failure", "attachment", view.id(), null, after)));
    }

    private void writeBlob(String sha256, byte[] content) {
        byte[] address = sha256.getBytes(StandardCharsets.US_ASCII);
        if (blobs.exists(sha256)) {
            try {
                if (Hashes.same(sha256, Hashes.sha256(cipher.open(blobs.get(sha256).orElseThrow(), address)))) {
                    return;
                }
            } catch (AttachmentCipher.TamperedException | java.util.NoSuchElementException e) {
                // fall through: the stored blob is damaged; the same bytes arriving again restore it
            }
            log.warn("Attachment blob {} was damaged; restored from a new upload of the same content", sha256);
            ledger.record(AuditRecord.of("attachment.blob-restored", "blob", sha256));
        }
        blobs.put(sha256, cipher.seal(content, address));
    }

    private Optional<AttachmentView> find(UUID id) {
        if (id == null) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT * FROM attachment WHERE id = ?").param(id).query(EncryptedAttachmentStore::row).optional();
    }

    private static AttachmentView row(ResultSet rs, int n) throws SQLException {
        return new AttachmentView(rs.getObject("id", UUID.class), rs.getString("sha256"), rs.getString("file_name"),
                rs.getString("content_type"), rs.getLong("size"), rs.getObject("uploaded_by", UUID.class),
                rs.getString("uploaded_by_name"), rs.getObject("agency_id", UUID.class),
                rs.getTimestamp("uploaded_at").toInstant());
    }

    static String nameOf(Actor actor) {
        return actor.displayName() != null && !actor.displayName().isBlank() ? actor.displayName() : actor.username();
    }

    /** A hash check: the recorded value, the recomputed one (null when the bytes are missing or unreadable). */
    record Check(String expected, String actual, boolean matches, String problem) {
    }

    private record Opened(byte[] content, Check check) {
    }

    static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
