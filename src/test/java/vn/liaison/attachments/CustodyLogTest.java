package vn.liaison.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.liaison.LiaisonTest;
import vn.liaison.security.Actor;
import vn.liaison.shared.DomainException;

/** The chain of custody: who, when, why, and the hash checked at that moment; a mismatch is recorded loudly. */
@LiaisonTest
class CustodyLogTest {

    @Autowired
    CustodyLog custody;

    @Autowired
    AttachmentStore store;

    @Autowired
    LocalBlobStore blobs;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    private final Actor collector = People.officer();
    private final Actor receiver = People.officer();
    private final UUID request = UUID.randomUUID();

    @Test
    void historyInTimeOrderWithTheHashCheckedEachTime() {
        AttachmentView item = stored();
        record(collector, item, CustodyAction.COLLECTED, "Thu thập từ máy chủ của doanh nghiệp", null);
        record(collector, item, CustodyAction.HANDED_OVER, "Bàn giao cho cơ quan yêu cầu", "Phòng An ninh mạng");
        record(receiver, item, CustodyAction.RECEIVED, "Tiếp nhận nguyên vẹn", null);

        List<CustodyEvent> history = custody.history(item.id());
        assertThat(history).extracting(CustodyEvent::action)
                .containsExactly(CustodyAction.COLLECTED, CustodyAction.HANDED_OVER, CustodyAction.RECEIVED);
        assertThat(history).isSortedAccordingTo(java.util.Comparator.comparing(CustodyEvent::at));
        assertThat(history).allSatisfy(e -> {
            assertThat(e.hashMatches()).isTrue();
            assertThat(e.expectedSha256()).isEqualTo(item.sha256());
            assertThat(e.actualSha256()).isEqualTo(item.sha256());
            assertThat(e.contextId()).isEqualTo(request);
        });
        assertThat(history.get(1).handedTo()).isEqualTo("Phòng An ninh mạng");
        assertThat(history.get(2).actorAccountId()).isEqualTo(receiver.accountId());
        assertThat(history.get(2).actorName()).isEqualTo("Trần Thị Bình");
        assertThat(history.get(2).agencyId()).isEqualTo(receiver.agencyId());
        assertThat(custody.intact(item.id())).isTrue();
        assertThat(Ledger.entries(jdbc, "custody.record", history.get(0).id())).hasSize(1);
    }

    @Test
    void aMismatchAfterTamperingIsRecordedNotRefused() {
        AttachmentView item = stored();
        record(collector, item, CustodyAction.COLLECTED, "Thu thập", null);
        Tamper.flipByte(blobs, item.sha256(), 30);

        CustodyEvent access = record(receiver, item, CustodyAction.ACCESSED, "Xem để đối chiếu", null);

        assertThat(access.hashMatches()).isFalse();
        assertThat(access.expectedSha256()).isEqualTo(item.sha256());
        assertThat(access.actualSha256()).as("the stored bytes no longer authenticate").isNull();
        assertThat(custody.history(item.id())).extracting(CustodyEvent::hashMatches).containsExactly(true, false);
        assertThat(custody.intact(item.id())).isFalse();
        assertThat(Ledger.entries(jdbc, "custody.hash-mismatch", item.id())).singleElement()
                .satisfies(e -> assertThat(e).contains(item.sha256()).contains("\"hashMatches\":false"));
    }

    @Test
    void aMismatchOutlivesTheCallersRollbackButAMatchDoesNot() {
        AttachmentView item = stored();
        TransactionTemplate tx = new TransactionTemplate(transactions);
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
            record(collector, item, CustodyAction.ACCESSED, "Xem trước khi gửi", null);
            throw new IllegalStateException("the caller fails afterwards");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(custody.history(item.id())).as("a matching event goes with its transaction").isEmpty();

        Tamper.flipByte(blobs, item.sha256(), 40);
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
            record(collector, item, CustodyAction.EXPORTED, "Xuất để gửi cơ quan điều tra", null);
            store.read(item.id());
        })).isInstanceOf(DomainException.class);
        assertThat(custody.history(item.id())).as("the mismatch stays").singleElement()
                .satisfies(e -> assertThat(e.hashMatches()).isFalse());
        assertThat(Ledger.entries(jdbc, "custody.hash-mismatch", item.id())).hasSize(1);
    }

    @Test
    void aMismatchOnAnItemStoredInTheSameTransactionIsStillRecorded() {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        CustodyEvent event = tx.execute(s -> {
            AttachmentView item = stored();
            Tamper.flipByte(blobs, item.sha256(), 40);
            return record(collector, item, CustodyAction.COLLECTED, "Thu thập", null);
        });
        assertThat(event.hashMatches()).isFalse();
        assertThat(custody.history(event.attachmentId())).singleElement()
                .satisfies(e -> assertThat(e.hashMatches()).isFalse());
    }

    @Test
    void aReasonIsRequired() {
        AttachmentView item = stored();
        for (String reason : new String[] {null, "", "  ", "ab", " a "}) {
            DomainException e = catchThrowableOfType(DomainException.class,
                    () -> record(collector, item, CustodyAction.ACCESSED, reason, null));
            assertThat(e).as("reason %s", reason).isNotNull();
            assertThat(e.field()).isEqualTo("reason");
            assertThat(e.messageKey()).isEqualTo("attachments.custody.reasonRequired");
        }
        DomainException noAction = catchThrowableOfType(DomainException.class,
                () -> record(collector, item, null, "Bàn giao", null));
        assertThat(noAction.field()).isEqualTo("action");
        DomainException tooLong = catchThrowableOfType(DomainException.class,
                () -> record(collector, item, CustodyAction.HANDED_OVER, "Bàn giao", "x".repeat(2001)));
        assertThat(tooLong.field()).isEqualTo("handedTo");
        assertThat(custody.history(item.id())).isEmpty();
    }

    @Test
    void nobodySignedInRecordsNothing() {
        AttachmentView item = stored();
        assertThatThrownBy(() -> custody.record(item.id(), request, CustodyAction.ACCESSED, "Xem", null))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThat(custody.history(item.id())).isEmpty();
    }

    private AttachmentView stored() {
        return AttachmentStoreTest.as(collector,
                () -> store.store(new NewAttachment("nhat-ky.csv", "text/csv", Samples.csv())));
    }

    private CustodyEvent record(Actor actor, AttachmentView item, CustodyAction action, String reason, String handedTo) {
        return AttachmentStoreTest.as(actor, () -> custody.record(item.id(), request, action, reason, handedTo));
    }
}
