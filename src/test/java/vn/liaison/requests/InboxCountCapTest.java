package vn.liaison.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import vn.liaison.LiaisonTest;
import vn.liaison.TestActors;
import vn.liaison.security.Actor;
import vn.liaison.security.Role;
import vn.liaison.shared.Classification;
import vn.liaison.shared.PageRequest;
import vn.liaison.shared.PageResult;

/** A very long list is counted only up to a cap, and says so; a shorter one is counted exactly. */
@LiaisonTest
class InboxCountCapTest {

    @Autowired
    RequestQueries queries;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    MockMvc mvc;

    @Autowired
    MessageSource messages;

    @Test
    void theOutboxOfAnAgencyWithMoreRequestsThanTheCapSaysMoreThanTheCap() {
        UUID agency = UUID.randomUUID();
        UUID person = UUID.randomUUID();
        Actor officer = new Actor(UUID.randomUUID(), "officer.cap", person, "Cán bộ thử", agency, "Cơ quan thử", null, Classification.UNCLASSIFIED, Set.of(Role.OFFICER), Set.of(agency), null, Set.of());
        AtomicReference<PageResult<RequestSummary>> many = new AtomicReference<>();
        AtomicReference<PageResult<RequestSummary>> few = new AtomicReference<>();
        AtomicReference<PageResult<RequestSummary>> lastFew = new AtomicReference<>();
        AtomicReference<PageResult<RequestSummary>> pastTheEnd = new AtomicReference<>();
        AtomicReference<String> page = new AtomicReference<>();
        // Written and read in one transaction that is rolled back: the shared test database keeps nothing.
        transactions.executeWithoutResult(tx -> {
            insert(agency, person, RequestQueries.COUNT_CAP + 5);
            TestActors.runAs(officer, () -> {
                many.set(queries.inbox(InboxTab.OUTGOING, InboxFilter.none(), new PageRequest(0, 20)));
                few.set(queries.inbox(InboxTab.OUTGOING,
                        new InboxFilter(null, null, null, Urgency.URGENT, null, null, null, null), new PageRequest(0, 20)));
                lastFew.set(queries.inbox(InboxTab.OUTGOING,
                        new InboxFilter(null, null, null, Urgency.URGENT, null, null, null, null), new PageRequest(2, 2)));
                pastTheEnd.set(queries.inbox(InboxTab.OUTGOING,
                        new InboxFilter(null, null, null, Urgency.URGENT, null, null, null, null), new PageRequest(9, 20)));
            });
            try {
                page.set(mvc.perform(get("/requests").param("tab", "OUTGOING").with(TestActors.as(officer)))
                        .andReturn().getResponse().getContentAsString());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            tx.setRollbackOnly();
        });
        assertThat(many.get().totalExact()).isFalse();
        assertThat(many.get().total()).isEqualTo(RequestQueries.COUNT_CAP);
        assertThat(many.get().items()).hasSize(20);
        assertThat(many.get().hasNext()).isTrue();
        assertThat(few.get().totalExact()).isTrue();
        assertThat(few.get().total()).isEqualTo(5);
        // a last page that is not full tells the total without counting; a page past the end is counted
        assertThat(lastFew.get().items()).hasSize(1);
        assertThat(lastFew.get().total()).isEqualTo(5);
        assertThat(lastFew.get().totalExact()).isTrue();
        assertThat(pastTheEnd.get().items()).isEmpty();
        assertThat(pastTheEnd.get().total()).isEqualTo(5);
        // the page's pager says "more than" and leads on
        assertThat(page.get()).contains("data-testid=\"pager\"").contains("rel=\"next\"")
                .contains(messages.getMessage("common.pageOfMore", new Object[] {1, RequestQueries.COUNT_CAP / 20,
                        (long) RequestQueries.COUNT_CAP}, java.util.Locale.forLanguageTag("vi")));
        assertThat(jdbc.sql("SELECT count(*) FROM coordination_request WHERE sender_agency_id = ?").param(agency)
                .query(Long.class).single()).isZero();
    }

    private void insert(UUID agency, UUID person, int n) {
        jdbc.sql("""
                INSERT INTO coordination_request (id, reference, kind, sender_agency_id, receiver_agency_id, subject,
                  classification, urgency, status, desired_status, created_by_person, created_at, updated_at)
                SELECT gen_random_uuid(), 'CAP-' || ? || '-' || g, 'LOOKUP', ?, gen_random_uuid(), 'Thử ' || g,
                  'UNCLASSIFIED', CASE WHEN g <= 5 THEN 'URGENT' ELSE 'NORMAL' END, 'DRAFT', 'DRAFT', ?, now(), now()
                FROM generate_series(1, ?) g""").params(agency.toString(), agency, person, n).update();
    }
}
