package vn.liaison.attachments;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.liaison.LiaisonApplication;

/**
 * Formatting for the attachments fragments ({@code ${@attachmentsFormat.size(view.size)}}): sizes in KB/MB,
 * times in Vietnam time, hashes shortened for reading (the full value stays beside them).
 */
@Component("attachmentsFormat")
public class AttachmentsFormat {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
            .withZone(LiaisonApplication.ZONE);

    private final JdbcCustodyLog custody;

    AttachmentsFormat(JdbcCustodyLog custody) {
        this.custody = custody;
    }

    /** Agency names for a custody table, as recorded with the events (one query for the whole table). */
    public Map<UUID, String> agencyNames(List<CustodyEvent> events) {
        return events == null ? Map.of() : custody.agencyNames(events);
    }

    /** True when any check in the events found the item changed: the custody table then shows a red alert. */
    public boolean anyMismatch(List<CustodyEvent> events) {
        return events != null && events.stream().anyMatch(e -> !e.hashMatches());
    }

    public String size(long bytes) {
        return bytes(bytes, LocaleContextHolder.getLocale());
    }

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    /** The first 12 hex digits and an ellipsis, enough to tell hashes apart at a glance. */
    public String shortHash(String sha256) {
        if (sha256 == null) {
            return "";
        }
        return sha256.length() <= 12 ? sha256 : sha256.substring(0, 12) + "…";
    }

    static String bytes(long bytes) {
        return bytes(bytes, Locale.forLanguageTag("vi"));
    }

    static String bytes(long bytes, Locale locale) {
        DecimalFormat oneDecimal = new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(locale));
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024L * 1024) {
            return oneDecimal.format(bytes / 1024.0) + " KB";
        }
        return oneDecimal.format(bytes / (1024.0 * 1024)) + " MB";
    }
}
