package vn.liaison.audit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.liaison.shared.NavigationItem;

/** The ledger's entry in the main navigation, for auditors. */
@Configuration(proxyBeanMethods = false)
class AuditNavigation {

    @Bean
    NavigationItem auditNavigationItem() {
        return new NavigationItem("audit.nav", "/audit", "journal-check", 900, "AUDITOR");
    }
}
