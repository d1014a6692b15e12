package vn.liaison.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells whoever started the application where it is and, in demo mode, how to sign in. */
@Component
class StartupBanner {

    private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

    private final boolean demo;
    private final String demoPassword;

    StartupBanner(@Value("${liaison.demo.enabled:false}") boolean demo,
            @Value("${liaison.demo.password:}") String demoPassword) {
        this.demo = demo;
        this.demoPassword = demoPassword;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        int port = event.getApplicationContext() instanceof WebServerApplicationContext web
                ? web.getWebServer().getPort() : -1;
        StringBuilder sb = new StringBuilder("\n\n  Liaison is running at http://localhost:").append(port).append("/\n");
        if (demo) {
            sb.append("  DEMO MODE: demo data loaded. Demo accounts (all with password ").append(demoPassword).append("):\n")
              .append("    sysadmin, and for each agency code (ca-agg, stttt-agg, ca-hgg, vnpt-hgg, bca, bkhcn, ...):\n")
              .append("    officer.<code>, officer2.<code>, leader.<code>, secretariat.<code>, admin.<code>, auditor.<code>\n")
              .append("  The sign-in page lists them with their current second-factor codes.\n");
        }
        log.info(sb.toString());
    }
}
