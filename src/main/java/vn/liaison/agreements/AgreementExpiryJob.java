package vn.liaison.agreements;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every night, agreements whose last day of validity has passed become expired. */
@Component
class AgreementExpiryJob {

    private static final Logger log = LoggerFactory.getLogger(AgreementExpiryJob.class);

    private final AgreementManagement agreements;

    AgreementExpiryJob(AgreementManagement agreements) {
        this.agreements = agreements;
    }

    @Scheduled(cron = "${liaison.agreements.expiry-cron:0 5 0 * * *}", zone = "Asia/Ho_Chi_Minh")
    void run() {
        int n = agreements.expireDue();
        if (n > 0) {
            log.info("{} agreement(s) expired", n);
        }
    }
}
