package vn.liaison.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import vn.liaison.LiaisonTest;
import vn.liaison.TestActors;
import vn.liaison.security.AccountManagement;
import vn.liaison.security.Actor;
import vn.liaison.shared.DashboardContributor;
import vn.liaison.shared.DashboardFigure;
import vn.liaison.shared.PageRequest;

/** The home-page figure of open incoming requests is the count of the inbox's requests still awaiting an answer. */
@LiaisonTest
class RequestDashboardTest {

    @Autowired
    AccountManagement accounts;

    @Autowired
    RequestQueries queries;

    @Autowired
    @Qualifier("requestsDashboard")
    DashboardContributor dashboard;

    @Test
    void openIncomingCountsWhatTheInboxListsAsNotYetAnswered() {
        Actor operator = new RequestActors(accounts).demo("secretariat.vnpt-hgg");
        AtomicReference<List<DashboardFigure>> figures = new AtomicReference<>();
        AtomicReference<Long> expected = new AtomicReference<>();
        TestActors.runAs(operator, () -> {
            figures.set(dashboard.figures());
            var settled = EnumSet.of(RequestStatus.ANSWERED, RequestStatus.CLOSED, RequestStatus.CANCELLED);
            expected.set(queries.inbox(InboxTab.INCOMING, InboxFilter.none(), new PageRequest(0, PageRequest.MAX_SIZE))
                    .items().stream().filter(s -> !settled.contains(s.status())).count());
        });
        assertThat(expected.get()).as("the demo data gives the operator open incoming requests").isPositive();
        assertThat(figures.get()).filteredOn(f -> f.messageKey().equals("requests.dashboard.incoming"))
                .singleElement().extracting(DashboardFigure::value).isEqualTo(expected.get());
    }
}
