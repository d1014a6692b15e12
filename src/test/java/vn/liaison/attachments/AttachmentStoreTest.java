package vn.liaison.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.liaison.LiaisonTest;
import vn.liaison.TestActors;
import vn.liaison.security.Actor;
import vn.liaison.shared.DomainException;

/** Storing through the real database and disk: encryption at rest, content addressing, refusals, integrity, ledger. */
@LiaisonTest
class AttachmentStoreTest {

    @Autowired
    AttachmentStore store;

    @Autowired
    LocalBlobStore blobs;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    private final Actor officer = People.officer();

    @Test
    void storesEncryptedAndReadsBack() throws Exception {
        byte[] content = Samples.text();
        AttachmentView v = as(officer, () -> store.store(new NewAttachment("C:\\tmp\\biên bản.txt", "text/plain", content)));

        assertThat(v.sha256()).isEqualTo(Hashes.sha256(content));
        assertThat(v.fileName()).isEqualTo("biên bản.txt");
        assertThat(v.contentType()).isEqualTo("text/plain");
        assertThat(v.size()).isEqualTo(content.length);
        assertThat(v.uploadedBy()).isEqualTo(officer.accountId());
        assertThat(v.uploadedByName()).isEqualTo("Trần Thị Bình");
        assertThat(v.agencyId()).isEqualTo(officer.agencyId());
        assertThat(store.view(v.id())).isEqualTo(v);
        assertThat(store.read(v.id())).isEqualTo(content);
        assertThat(store.verify(v.id())).isTrue();

        byte[] onDisk = Files.readAllBytes(blobs.path(v.sha256()));
        assertThat(new String(onDisk, StandardCharsets.ISO_8859_1)).doesNotContain("0912 345 678");
        assertThat(onDisk).isNotEqualTo(content);
    }

    @Test
    void theStoreIsLedgeredWithHashAndSize() {
        byte[] content = Samples.pdf();
        AttachmentView v = as(officer, () -> store.store(new NewAttachment("ket-luan.pdf", "application/pdf", content)));
        List<String> entries = Ledger.entries(jdbc, "attachment.store", v.id());
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0)).contains(v.sha256()).contains("\"size\":" + content.length);
    }

    @Test
    void sameBytesTwiceMakeOneBlobAndTwoUploads() throws Exception {
        byte[] content = Samples.png();
        AttachmentView first = as(officer, () -> store.store(new NewAttachment("a.png", "image/png", content)));
        byte[] blobBefore = Files.readAllBytes(blobs.path(first.sha256()));
        AttachmentView second = as(People.officer(), () -> store.store(new NewAttachment("b.png", null, content)));

        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(second.sha256()).isEqualTo(first.sha256());
        assertThat(Files.readAllBytes(blobs.path(first.sha256()))).as("the blob is written once").isEqualTo(blobBefore);
        assertThat(jdbc.sql("SELECT count(*) FROM attachment WHERE sha256 = ?").param(first.sha256())
                .query(Long.class).single()).isEqualTo(2);
        assertThat(store.views(List.of(second.id(), first.id()))).extracting(AttachmentView::fileName)
                .containsExactly("b.png", "a.png");
    }

    @Test
    void aFlippedByteOnDiskIsRefusedLoudlyAndLedgered() {
        AttachmentView v = as(officer, () -> store.store(new NewAttachment("anh.jpg", "image/jpeg", Samples.jpeg())));
        Tamper.flipByte(blobs, v.sha256(), 20);

        DomainException e = catchThrowableOfType(DomainException.class, () -> store.read(v.id()));
        assertThat(e).isNotNull();
        assertThat(e.messageKey()).isEqualTo("attachments.integrity.failed");
        assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
        assertThat(store.verify(v.id())).isFalse();
        assertThat(Ledger.entries(jdbc, "attachment.integrity-failure", v.id())).hasSize(2)
                .allSatisfy(a -> assertThat(a).contains(v.sha256()).contains("unauthenticated"));
    }

    @Test
    void theFailureIsLedgeredEvenWhenTheCallersTransactionRollsBack() {
        AttachmentView v = as(officer, () -> store.store(new NewAttachment("anh.gif", "image/gif", Samples.gif())));
        Tamper.delete(blobs, v.sha256());
        TransactionTemplate tx = new TransactionTemplate(transactions);
        assertThat(catchThrowableOfType(DomainException.class, () -> tx.executeWithoutResult(s -> store.read(v.id()))))
                .isNotNull();
        assertThat(Ledger.entries(jdbc, "attachment.integrity-failure", v.id())).singleElement()
                .satisfies(a -> assertThat(a).contains("missing"));
    }

    @Test
    void aDamagedBlobIsRestoredByTheSameBytesArrivingAgain() {
        byte[] content = Samples.zip();
        AttachmentView v = as(officer, () -> store.store(new NewAttachment("chung-cu.zip", "application/zip", content)));
        Tamper.flipByte(blobs, v.sha256(), -1);
        assertThat(store.verify(v.id())).isFalse();
        as(officer, () -> store.store(new NewAttachment("chung-cu.zip", "application/zip", content)));
        assertThat(store.verify(v.id())).isTrue();
        assertThat(Ledger.entries(jdbc, "attachment.blob-restored", v.sha256())).hasSize(1);
    }

    @Test
    void emptyOversizedAndDisguisedFilesAreRefusedAndLeaveNothing() {
        long before = count();
        assertRefused(new NewAttachment("trong.txt", "text/plain", new byte[0]), "attachments.file.empty");
        assertRefused(new NewAttachment("trong.txt", "text/plain", null), "attachments.file.empty");
        byte[] big = new byte[20 * 1024 * 1024 + 1];
        System.arraycopy(Samples.pdf(), 0, big, 0, 10);
        DomainException tooLarge = assertRefused(new NewAttachment("lon.pdf", "application/pdf", big),
                "attachments.file.tooLarge");
        assertThat(tooLarge.args()).containsExactly("20 MB", "20 MB");
        assertRefused(new NewAttachment("report.pdf", "application/pdf", Samples.exe()), "attachments.file.executable");
        assertRefused(new NewAttachment("photo.png", "image/png", Samples.html()), "attachments.file.markup");
        assertRefused(new NewAttachment("report.pdf", "application/pdf", Samples.zip()), "attachments.file.disguised");
        assertRefused(new NewAttachment("ket-luan.pdf", "image/png", Samples.pdf()), "attachments.file.declaredMismatch");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void unknownIdsAreNotFound() {
        DomainException e = catchThrowableOfType(DomainException.class, () -> store.view(UUID.randomUUID()));
        assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND);
        assertThat(catchThrowableOfType(DomainException.class, () -> store.read(UUID.randomUUID()))).isNotNull();
    }

    private DomainException assertRefused(NewAttachment a, String key) {
        DomainException e = catchThrowableOfType(DomainException.class, () -> as(officer, () -> store.store(a)));
        assertThat(e).as("%s refused", a.fileName()).isNotNull();
        assertThat(e.messageKey()).isEqualTo(key);
        return e;
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM attachment").query(Long.class).single();
    }

    static <T> T as(Actor actor, java.util.function.Supplier<T> body) {
        AtomicReference<T> result = new AtomicReference<>();
        TestActors.runAs(actor, () -> result.set(body.get()));
        return result.get();
    }
}
