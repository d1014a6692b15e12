package vn.liaison.requests;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.liaison.security.AccessPolicy;
import vn.liaison.security.Role;
import vn.liaison.shared.DashboardContributor;
import vn.liaison.shared.DashboardFigure;
import vn.liaison.shared.NavigationItem;

/** The module's menu entries and home-page figures (incoming open, overdue, awaiting my approval). */
@Configuration(proxyBeanMethods = false)
class RequestsConfiguration {

    @Bean
    NavigationItem requestsNavigation() {
        return new NavigationItem("requests.nav", "/requests", "inboxes", 30, null);
    }

    /** The holiday calendar and deadline rules, beside the other platform reference data its administrator keeps. */
    @Bean
    NavigationItem requestsSettingsNavigation() {
        return new NavigationItem("requests.settings.nav", "/requests/settings/holidays", "calendar3", 91, "SYSTEM_ADMIN");
    }

    @Bean
    DashboardContributor requestsDashboard(RequestQueries queries, AccessPolicy policy) {
        return () -> {
            if (policy.actor().isEmpty()) {
                return List.of();
            }
            List<DashboardFigure> figures = new ArrayList<>();
            figures.add(new DashboardFigure("requests.dashboard.incoming",
                    queries.countOpen(InboxTab.INCOMING),
                    "/requests?tab=INCOMING", "inbox", 30));
            figures.add(new DashboardFigure("requests.dashboard.overdue",
                    queries.count(InboxTab.INCOMING, new InboxFilter(null, null, null, null, true, null, null, null)),
                    "/requests?tab=INCOMING&overdue=true", "alarm", 31));
            if (policy.hasRole(Role.LEADER)) {
                figures.add(new DashboardFigure("requests.dashboard.approval",
                        queries.count(InboxTab.APPROVAL, InboxFilter.none()), "/requests?tab=APPROVAL", "check2-square", 32));
            }
            return figures;
        };
    }
}
