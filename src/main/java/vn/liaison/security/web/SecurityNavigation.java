package vn.liaison.security.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.liaison.shared.NavigationItem;

/** The security module's menu entries: the agency's API tokens (administrators) and one's own account. */
@Configuration(proxyBeanMethods = false)
class SecurityNavigation {

    @Bean
    NavigationItem tokensNavigation() {
        return new NavigationItem("security.nav.tokens", "/security/tokens", "key", 900, "AGENCY_ADMIN");
    }

    @Bean
    NavigationItem accountNavigation() {
        return new NavigationItem("security.nav.account", "/account", "person-circle", 1000, null);
    }
}
