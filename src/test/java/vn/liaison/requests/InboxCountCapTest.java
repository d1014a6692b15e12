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
        AtomicReference<PageResult<RequestSummary>> searchedAll = new AtomicReference<>();
        AtomicReference<PageResult<RequestSummary>> searchedMany = new AtomicReference<>();
        AtomicReference<PageResult<RequestSummary>> searchedFew = new AtomicReference<>();
        AtomicReference<PageResult<RequestSummary>> searchedPastTheEnd = new AtomicReference<>();
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
                searchedAll.set(queries.inbox(InboxTab.OUTGOING, search("thử"), new PageRequest(0, 20)));
                searchedMany.set(queries.inbox(InboxTab.OUTGOING, search("thử 1"), new PageRequest(3, 5)));
                searchedFew.set(queries.inbox(InboxTab.OUTGOING, search("Thử 100"), new PageRequest(0, 20)));
                searchedPastTheEnd.set(queries.inbox(InboxTab.OUTGOING, search("thử 1"), new PageRequest(1000, 5)));
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
        // searches: over the cap (ordered over all matches), counted and ordered in one statement, a page not full,
        // a page past the end
        assertThat(searchedAll.get().total()).isEqualTo(RequestQueries.COUNT_CAP);
        assertThat(searchedAll.get().totalExact()).isFalse();
        assertThat(searchedAll.get().items()).hasSize(20).isSortedAccordingTo(byNewestThenId());
        // "thử 1" is in 1, 10-19, 100-199, 1000-1999 and 10000-10005
        assertThat(searchedMany.get().total()).isEqualTo(1 + 10 + 100 + 1000 + 6);
        assertThat(searchedMany.get().totalExact()).isTrue();
        assertThat(searchedMany.get().items()).hasSize(5).isSortedAccordingTo(byNewestThenId());
        assertThat(searchedFew.get().total()).isEqualTo(1 + 10 + 6);
        assertThat(searchedFew.get().items()).hasSize(17);
        assertThat(searchedPastTheEnd.get().items()).isEmpty();
        assertThat(searchedPastTheEnd.get().total()).isEqualTo(1117);
        // the page's pager says "more than" and leads on
        assertThat(page.get()).contains("data-testid=\"pager\"").contains("rel=\"next\"")
                .contains(messages.getMessage("common.pageOfMore", new Object[] {1, RequestQueries.COUNT_CAP / 20,
                        (long) RequestQueries.COUNT_CAP}, java.util.Locale.forLanguageTag("vi")));
        assertThat(jdbc.sql("SELECT count(*) FROM coordination_request WHERE sender_agency_id = ?").param(agency)
                .query(Long.class).single()).isZero();
    }

    private static InboxFilter search(String q) {
        return new InboxFilter(null, null, null, null, null, null, null, q);
    }

    private static java.util.Comparator<RequestSummary> byNewestThenId() {
        return java.util.Comparator.comparing(RequestSummary::createdAt).reversed()
                .thenComparing(r -> r.id().toString()); // hex order: PostgreSQL's order of uuids
    }

    private void insert(UUID agency, UUID person, int n) {
        jdbc.sql("""
                INSERT INTO coordination_request (id, reference, kind, sender_agency_id, receiver_agency_id, subject,
                  classification, urgency, status, desired_status, created_by_person, created_at, updated_at, search_text)
                SELECT gen_random_uuid(), 'CAP-' || ? || '-' || g, 'LOOKUP', ?, gen_random_uuid(), 'Thử ' || g,
                  'UNCLASSIFIED', CASE WHEN g <= 5 THEN 'URGENT' ELSE 'NORMAL' END, 'DRAFT', 'DRAFT', ?, now(), now(),
                  'thu ' || g || ' cap' 
                FROM generate_series(1, ?) g""").params(agency.toString(), agency, person, n).update();
    }
}
