package vn.liaison.security.account;

import java.util.EnumSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.liaison.security.AccountManagement.CreatedAccount;
import vn.liaison.security.NewAccount;
import vn.liaison.security.Role;
import vn.liaison.shared.Classification;

/**
 * The first account. In production, on a first start with no account at all, it creates {@code sysadmin}
 * (system administrator, agency administrator, auditor; no agency yet) with a random password printed once in
 * the log; the second factor is enrolled at its first sign-in. In demo mode it runs after the demo loaders:
 * it creates {@code sysadmin} with the demo password when they did not, and pre-enrols every demo account on
 * the first start (so the sign-in page can show their codes).
 */
@Component
@Order(1000)
class AccountBootstrap implements ApplicationRunner {

    static final String SYSADMIN = "sysadmin";
    private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);

    private final AccountStore store;
    private final AccountService accounts;
    private final SecurityProperties properties;

    AccountBootstrap(AccountStore store, AccountService accounts, SecurityProperties properties) {
        this.store = store;
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.demo()) {
            demo();
        } else if (store.count() == 0) {
            CreatedAccount created = accounts.create(sysadmin(null));
            log.warn("""

                    ==================================================================
                     First start: created the account '{}' with the password
                         {}
                     It is shown only now. Sign in, enrol the second factor, then
                     change the password on your account page.
                    ==================================================================""",
                    SYSADMIN, created.initialPassword());
        }
    }

    private void demo() {
        boolean firstStart = store.countEnrolled() == 0;
        if (store.byUsername(SYSADMIN).isEmpty()) {
            CreatedAccount created = accounts.create(sysadmin(properties.demoPassword()));
            accounts.preEnrol(created.account().id());
        }
        if (firstStart) {
            store.unenrolled().forEach(a -> accounts.preEnrol(a.id()));
            log.info("Demo mode: {} demo accounts pre-enrolled; their codes are on the sign-in page.",
                    store.demoAccounts().size());
        }
    }

    private static NewAccount sysadmin(String password) {
        return new NewAccount(SYSADMIN, password, null, "Quản trị hệ thống", null, null, null,
                Classification.TUYET_MAT, EnumSet.of(Role.SYSTEM_ADMIN, Role.AGENCY_ADMIN, Role.AUDITOR));
    }
}
