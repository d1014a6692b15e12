package vn.liaison;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.liaison.Announcements.awaitTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.liaison.agreements.AgreementDirectory;
import vn.liaison.agreements.AgreementRef;
import vn.liaison.organizations.AgencyDirectory;
import vn.liaison.organizations.AgencyView;
import vn.liaison.requests.DeadlineSettings;
import vn.liaison.shared.ChangeFeed;
import vn.liaison.shared.ContentArea;

/**
 * The caches of agencies, units, agreements and deadline settings against the real database: they serve what was
 * committed, forget it when any connection (any node) commits a change, never keep what a transaction wrote itself,
 * and survive the loss of the listening connection. Every change made here is committed and then undone.
 */
@LiaisonTest
class ChangeFeedIntegrationTest {

    @Autowired
    ChangeFeed feed;

    @Autowired
    AgencyDirectory agencies;

    @Autowired
    AgreementDirectory agreements;

    @Autowired
    DeadlineSettings settings;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    UUID haGiang;

    @BeforeEach
    void listening() {
        awaitTrue("the feed listens", feed::live);
        haGiang = agencies.agencyByCode("CA-HGG").orElseThrow().id();
    }

    @Test
    void theCacheServesCommittedRowsUntilACommittedChangeIsAnnounced() {
        String name = nameVi(haGiang);
        // Changed with the announcement switched off: the cache goes on serving what it holds, which proves it
        // serves (a direct read would see the change).
        Announcements.undisturbed(feed, jdbc, "organizations", () -> {
            nameVi(haGiang);
            try {
                hiddenRename(haGiang, name + " (renamed)");
                assertThat(nameVi(haGiang)).isEqualTo(name);
            } finally {
                hiddenRename(haGiang, name);
            }
        });
        try {
            hiddenRename(haGiang, name + " (renamed)");
            // Any committed change of the table is announced, and every cache of it forgets.
            jdbc.sql("UPDATE agency SET version = version WHERE id = ?").param(haGiang).update();
            awaitTrue("the renamed agency is read again", () -> (name + " (renamed)").equals(nameVi(haGiang)));
        } finally {
            jdbc.sql("UPDATE agency SET name_vi = ? WHERE id = ?").params(name, haGiang).update();
        }
        awaitTrue("the old name is back", () -> name.equals(nameVi(haGiang)));
    }

    @Test
    void whatATransactionWroteItselfIsNeverKept() {
        UUID unit = UUID.randomUUID();
        transactions.executeWithoutResult(tx -> {
            jdbc.sql("INSERT INTO unit (id, agency_id, name_vi, kind) VALUES (?, ?, 'Phòng thử bộ nhớ đệm', 'DEPARTMENT')")
                    .params(unit, haGiang).update();
            assertThat(agencies.unit(unit)).as("seen inside its own transaction").isPresent();
            tx.setRollbackOnly();
        });
        assertThat(agencies.unit(unit)).as("rolled back, and not kept by the cache").isEmpty();
    }

    @Test
    void whatARepeatableReadTransactionReadsIsNeverKept() {
        String name = nameVi(haGiang);
        // announced, so every cache forgets the agency; heard before going on
        jdbc.sql("UPDATE agency SET version = version WHERE id = ?").param(haGiang).update();
        Announcements.heardEverythingBefore(feed, jdbc, "organizations");
        TransactionTemplate repeatable = new TransactionTemplate(transactions.getTransactionManager());
        repeatable.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        repeatable.executeWithoutResult(tx -> assertThat(nameVi(haGiang)).isEqualTo(name));
        try {
            hiddenRename(haGiang, name + " (hidden)");
            // had the read above been kept, the old name would come back from the cache
            assertThat(nameVi(haGiang)).isEqualTo(name + " (hidden)");
        } finally {
            jdbc.sql("UPDATE agency SET name_vi = ? WHERE id = ?").params(name, haGiang).update();
        }
        awaitTrue("the old name is back", () -> name.equals(nameVi(haGiang)));
    }

    @Test
    void aChangedAgreementIsNoLongerFoundInForce() {
        UUID bkhcn = agencies.agencyByCode("BKHCN").orElseThrow().id();
        UUID btttt = agencies.agencyByCode("BTTTT").orElseThrow().id();
        UUID bca = agencies.agencyByCode("BCA").orElseThrow().id();
        LocalDate today = LocalDate.now(LiaisonApplication.ZONE);
        List<AgreementRef> before = agreements.inForceBetween(java.util.Set.of(bkhcn, btttt), java.util.Set.of(bca),
                ContentArea.INFORMATION_EXCHANGE, today);
        assertThat(before).as("the demo agreement between the two ministries").isNotEmpty();
        UUID agreement = before.get(0).id();
        try {
            jdbc.sql("UPDATE agreement SET status = 'EXPIRED' WHERE id = ?").param(agreement).update();
            awaitTrue("the expired agreement is no longer in force", () -> agreements.inForceBetween(
                    java.util.Set.of(bkhcn, btttt), java.util.Set.of(bca), ContentArea.INFORMATION_EXCHANGE, today)
                    .stream().noneMatch(a -> a.id().equals(agreement)));
        } finally {
            jdbc.sql("UPDATE agreement SET status = 'IN_FORCE' WHERE id = ?").param(agreement).update();
        }
        awaitTrue("in force again", () -> agreements.inForceBetween(java.util.Set.of(bkhcn, btttt),
                java.util.Set.of(bca), ContentArea.INFORMATION_EXCHANGE, today).stream()
                .anyMatch(a -> a.id().equals(agreement)));
    }

    @Test
    void aHolidayAddedOnAnotherNodeIsHeardWithoutWaitingForAReload() {
        LocalDate day = LocalDate.of(2097, 6, 3); // a Monday
        assertThat(settings.calendar().isWorkingDay(day)).isTrue();
        try {
            jdbc.sql("INSERT INTO request_holiday (day, kind, name) VALUES (?, 'DAY_OFF', 'Ngày nghỉ thử')").param(day).update();
            awaitTrue("the day off is known", () -> !settings.calendar().isWorkingDay(day));
        } finally {
            jdbc.sql("DELETE FROM request_holiday WHERE day = ?").param(day).update();
        }
        awaitTrue("the day is a working day again", () -> settings.calendar().isWorkingDay(day));
    }

    @Test
    void aHolidayAddedInATransactionThatRollsBackIsNeverKept() {
        LocalDate day = LocalDate.of(2097, 6, 4); // a Tuesday
        assertThat(settings.calendar().isWorkingDay(day)).isTrue();
        // an announced change of nothing empties the cache, so that the transaction below reads the calendar afresh
        jdbc.sql("DELETE FROM request_holiday WHERE FALSE").update();
        Announcements.heardEverythingBefore(feed, jdbc, "request-settings");
        transactions.executeWithoutResult(tx -> {
            jdbc.sql("INSERT INTO request_holiday (day, kind, name) VALUES (?, 'DAY_OFF', 'Ngày nghỉ thử')").param(day).update();
            assertThat(settings.calendar().isWorkingDay(day)).as("seen inside its own transaction").isFalse();
            tx.setRollbackOnly();
        });
        assertThat(settings.calendar().isWorkingDay(day)).as("rolled back, and not kept by the cache").isTrue();
    }

    @Test
    void aLostListeningConnectionIsReplacedAndChangesAreHeardAgain() {
        List<Integer> before = listeners();
        assertThat(before).isNotEmpty();
        jdbc.sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = ?")
                .param(ChangeFeed.APPLICATION_NAME).query(Boolean.class).list();
        awaitTrue("a new listening connection", () -> feed.live() && !listeners().isEmpty()
                && listeners().stream().noneMatch(before::contains));

        String name = nameVi(haGiang);
        try {
            jdbc.sql("UPDATE agency SET name_vi = ? WHERE id = ?").params(name + " (again)", haGiang).update();
            awaitTrue("heard on the new connection", () -> (name + " (again)").equals(nameVi(haGiang)));
        } finally {
            jdbc.sql("UPDATE agency SET name_vi = ? WHERE id = ?").params(name, haGiang).update();
        }
        awaitTrue("the old name is back", () -> name.equals(nameVi(haGiang)));
    }

    /** Renames with the announcement switched off: no cache hears of it. */
    private void hiddenRename(UUID agency, String name) {
        Announcements.unannounced(transactions, jdbc, "agency",
                () -> jdbc.sql("UPDATE agency SET name_vi = ? WHERE id = ?").params(name, agency).update());
    }

    private List<Integer> listeners() {
        return jdbc.sql("SELECT pid FROM pg_stat_activity WHERE application_name = ?").param(ChangeFeed.APPLICATION_NAME)
                .query(Integer.class).list();
    }

    private String nameVi(UUID agency) {
        return agencies.agency(agency).map(AgencyView::nameVi).orElseThrow();
    }
}
