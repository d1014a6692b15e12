package vn.liaison.organizations;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.liaison.shared.NavigationItem;

/** The module's entry in the main navigation: every signed-in person may browse the agency directory. */
@Configuration(proxyBeanMethods = false)
class OrganizationsWebConfiguration {

    @Bean
    NavigationItem organizationsNavigation() {
        return new NavigationItem("organizations.nav.agencies", "/agencies", "building", 20, null);
    }
}
