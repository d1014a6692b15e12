package vn.liaison.security.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** Times for the pages: Vietnam time, and whole days left before a moment. */
public final class TimeText {

    private final Clock clock;
    private final DateTimeFormatter format;

    TimeText(Clock clock) {
        this.clock = clock;
        // The application's clock runs in Vietnam time (LiaisonApplication.ZONE).
        this.format = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(clock.getZone());
    }

    public String format(Instant at) {
        return at == null ? "—" : format.format(at);
    }

    public long daysLeft(Instant at) {
        return at == null ? 0 : Math.max(0, Duration.between(clock.instant(), at).toDays());
    }
}
