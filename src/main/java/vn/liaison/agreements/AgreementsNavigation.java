package vn.liaison.agreements;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.liaison.security.AccessPolicy;
import vn.liaison.shared.DashboardContributor;
import vn.liaison.shared.DashboardFigure;
import vn.liaison.shared.NavigationItem;

/** The module's menu entries and home-page figures (computed for the current person). */
@Configuration(proxyBeanMethods = false)
class AgreementsNavigation {

    @Bean
    NavigationItem agreementsMenuItem() {
        return new NavigationItem("agreements.nav.agreements", "/agreements", "file-earmark-text", 20, null);
    }

    @Bean
    NavigationItem myTasksMenuItem() {
        return new NavigationItem("agreements.nav.myTasks", "/my-tasks", "list-check", 21, null);
    }

    @Bean
    NavigationItem sectorsMenuItem() {
        return new NavigationItem("agreements.nav.sectors", "/sectors", "tags", 90, "SYSTEM_ADMIN");
    }

    @Bean
    DashboardContributor agreementFigures(AccessPolicy policy, AgreementStore agreements, PlanStore plans, Clock clock) {
        return () -> policy.actor().map(actor -> List.of(
                new DashboardFigure("agreements.figure.overdueTasks",
                        plans.overdueCount(actor.actingFor(), LocalDate.now(clock)), "/my-tasks", "alarm", 21)))
                .orElse(List.of());
    }
}
