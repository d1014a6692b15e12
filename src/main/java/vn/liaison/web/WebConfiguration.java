package vn.liaison.web;

import java.time.Duration;
import java.util.Locale;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import vn.liaison.security.AccessPolicy;
import vn.liaison.shared.NavigationItem;

/** Vietnamese by default; {@code ?lang=en} (or {@code vi}) switches and a cookie remembers the choice. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final ObjectProvider<NavigationItem> navigationItems;
    private final ObjectProvider<AccessPolicy> accessPolicy;

    WebConfiguration(ObjectProvider<NavigationItem> navigationItems, ObjectProvider<AccessPolicy> accessPolicy) {
        this.navigationItems = navigationItems;
        this.accessPolicy = accessPolicy;
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("liaison-lang");
        resolver.setDefaultLocale(VIETNAMESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor lang = new LocaleChangeInterceptor();
        lang.setParamName("lang");
        lang.setIgnoreInvalidLocale(true);
        registry.addInterceptor(lang);
        registry.addInterceptor(new PageNavigation(navigationItems.orderedStream().toList(), accessPolicy.getObject()));
    }
}
