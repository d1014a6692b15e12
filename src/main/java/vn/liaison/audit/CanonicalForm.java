package vn.liaison.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;

import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The canonical form of a ledger entry and its hash. The form is a JSON array of the entry's fields in a fixed
 * order (JSON keeps null apart from the empty string and escapes line breaks, so no two entries share a form);
 * the hash is SHA-256 over {@code prev_hash + "\n" + form}, in lower-case hex. Before and after states are
 * written by a mapper of our own that sorts keys and properties, so the same state always gives the same text
 * whatever the application's mapper is configured to do.
 */
final class CanonicalForm {

    /** The previous hash of the first entry of every chain. */
    static final String GENESIS = "0".repeat(64);

    /** Microseconds, because that is what TIMESTAMPTZ keeps: the instant read back must hash the same. */
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private static final JsonMapper STATE_MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            // Otherwise constructor (record) properties come first in declaration order, before the sorted rest.
            .disable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
            .build();

    private CanonicalForm() {
    }

    /** The fields of an entry that the hash covers, in their canonical order. */
    record Fields(int chainNo, long chainSeq, Instant occurredAt, UUID actorAccountId, String actorName, UUID agencyId,
            String clientAddress, String action, String targetType, String targetId, String beforeState,
            String afterState) {
    }

    /** The instant as the database keeps it. */
    static Instant truncate(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    /** A before or after state as canonical JSON text (sorted keys), or null for no state. */
    static String stateJson(Object state) {
        return state == null ? null : STATE_MAPPER.writeValueAsString(state);
    }

    /**
     * The instant as the form writes it, in UTC to the microsecond. Written out by hand for the years 0 to 9999 (every
     * entry is formatted when it is appended); {@code CanonicalFormTest} checks it against the pattern.
     */
    static String instantText(Instant instant) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), ZoneOffset.UTC);
        if (t.getYear() < 0 || t.getYear() > 9999) {
            return INSTANT.format(truncate(instant));
        }
        StringBuilder sb = new StringBuilder(27);
        pad(sb, t.getYear(), 4).append('-');
        pad(sb, t.getMonthValue(), 2).append('-');
        pad(sb, t.getDayOfMonth(), 2).append('T');
        pad(sb, t.getHour(), 2).append(':');
        pad(sb, t.getMinute(), 2).append(':');
        pad(sb, t.getSecond(), 2).append('.');
        return pad(sb, t.getNano() / 1000, 6).append('Z').toString();
    }

    private static StringBuilder pad(StringBuilder sb, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            sb.append('0');
        }
        return sb.append(digits);
    }

    static String form(Fields f) {
        Object[] values = {f.chainNo(), f.chainSeq(), instantText(f.occurredAt()), text(f.actorAccountId()),
            f.actorName(), text(f.agencyId()), f.clientAddress(), f.action(), f.targetType(), f.targetId(),
            f.beforeState(), f.afterState()};
        return STATE_MAPPER.writeValueAsString(Arrays.asList(values));
    }

    static String hash(String prevHash, Fields fields) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest((prevHash + "\n" + form(fields)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static String text(UUID id) {
        return id == null ? null : id.toString();
    }
}
