package vn.liaison.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

/** The canonical form and hash: stable, and sensitive to every field and to the previous hash. */
class CanonicalFormTest {

    private static final Instant AT = Instant.parse("2026-03-01T02:03:04.123456789Z");

    private final CanonicalForm.Fields base = new CanonicalForm.Fields(3, 42, AT,
            UUID.fromString("11111111-1111-1111-1111-111111111111"), "Nguyễn Văn A",
            UUID.fromString("22222222-2222-2222-2222-222222222222"), "10.1.2.3", "agency.update", "agency", "CA-AGG",
            "{\"name\":\"Công an tỉnh\"}", "{\"name\":\"Công an tỉnh An Giang\"}");

    @Test
    void formHasTheFieldsInAFixedOrderWithMicrosecondUtcTime() {
        assertThat(CanonicalForm.form(base)).isEqualTo("[3,42,\"2026-03-01T02:03:04.123456Z\","
                + "\"11111111-1111-1111-1111-111111111111\",\"Nguyễn Văn A\",\"22222222-2222-2222-2222-222222222222\","
                + "\"10.1.2.3\",\"agency.update\",\"agency\",\"CA-AGG\",\"{\\\"name\\\":\\\"Công an tỉnh\\\"}\","
                + "\"{\\\"name\\\":\\\"Công an tỉnh An Giang\\\"}\"]");
    }

    @Test
    void theInstantIsWrittenAsThePatternWritesIt() {
        java.time.format.DateTimeFormatter pattern = java.time.format.DateTimeFormatter
                .ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(java.time.ZoneOffset.UTC);
        java.util.Random random = new java.util.Random(7);
        long min = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
        long max = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
        List<Instant> instants = new java.util.ArrayList<>(List.of(Instant.EPOCH, Instant.ofEpochSecond(min),
                Instant.ofEpochSecond(max, 999_999_999), Instant.ofEpochSecond(-1, 1), AT,
                Instant.parse("2026-12-31T23:59:59.999999999Z"), Instant.parse("0999-01-01T00:00:00.000001Z")));
        for (int i = 0; i < 10_000; i++) {
            instants.add(Instant.ofEpochSecond(min + (long) (random.nextDouble() * (max - min)), random.nextInt(1_000_000_000)));
        }
        for (Instant t : instants) {
            assertThat(CanonicalForm.instantText(t)).as("%s", t).isEqualTo(pattern.format(CanonicalForm.truncate(t)));
        }
        Instant far = Instant.parse("+10000-01-01T00:00:00Z");
        assertThat(CanonicalForm.instantText(far)).isEqualTo(pattern.format(far));
    }

    @Test
    void hashIsStableHexSha256AndTruncatesToMicroseconds() {
        String hash = CanonicalForm.hash(CanonicalForm.GENESIS, base);
        assertThat(hash).hasSize(64).matches("[0-9a-f]{64}");
        assertThat(CanonicalForm.hash(CanonicalForm.GENESIS, base)).isEqualTo(hash);
        CanonicalForm.Fields truncated = with(f -> new CanonicalForm.Fields(f.chainNo(), f.chainSeq(),
                CanonicalForm.truncate(AT), f.actorAccountId(), f.actorName(), f.agencyId(), f.clientAddress(), f.action(),
                f.targetType(), f.targetId(), f.beforeState(), f.afterState()));
        assertThat(CanonicalForm.hash(CanonicalForm.GENESIS, truncated)).as("what the database gives back").isEqualTo(hash);
    }

    @Test
    void everyFieldAndThePreviousHashChangeTheHash() {
        List<CanonicalForm.Fields> variants = List.of(base,
                with(f -> copy(f, 4, f.chainSeq(), f.occurredAt(), f.actorAccountId(), f.actorName(), f.agencyId(), f.clientAddress(), f.action(), f.targetType(), f.targetId(), f.beforeState(), f.afterState())),
                with(f -> copy(f, f.chainNo(), 43, f.occurredAt(), f.actorAccountId(), f.actorName(), f.agencyId(), f.clientAddress(), f.action(), f.targetType(), f.targetId(), f.beforeState(), f.afterState())),
                with(f -> copy(f, f.chainNo(), f.chainSeq(), AT.plusNanos(1000), f.actorAccountId(), f.actorName(), f.agencyId(), f.clientAddress(), f.action(), f.targetType(), f.targetId(), f.beforeState(), f.afterState())),
                with(f -> copy(f, f.chainNo(), f.chainSeq(), f.occurredAt(), UUID.randomUUID(), f.actorName(), f.agencyId(), f.clientAddress(), f.action(), f.targetType(), f.targetId(), f.beforeState(), f.afterState())),
                with(f -> copy(f, f.chainNo(), f.chainSeq(), f.occurredAt(), null, f.actorName(), f.agencyId(), f.clientAddress(), f.action(), f.targetType(), f.targetId(), f.beforeState(), f.afterState())),
                with(f -> copy(f, f.chainNo(), f.chainSeq(), f.occurredAt(), f.actorAccountId(), "Nguyễn Văn B", f.agencyId(), f.clientAddress(), f.action(), f.targetType(), f.targetId(), f.beforeState(), f.afterState())),
                with(f -> copy(f, f.chainNo(), f.chainSeq(), f.occurredAt(), f.actorAccountId(), f.actorName(), UUID.randomUUID(), f.clientAddress(), f.action(), f.targetType(), f.targetId(), f.beforeState(), f.afterState())),
                with(f -> copy(f, f.chainNo(), f.chainSeq(), f.occurredAt(), f.actorAccountId(), f.actorName(), f.agencyId(), "10.1.2.4", f.action(), f.targetType(), f.targetId(), f.beforeState(), f.afterState())),
                with(f -> copy(f, f.chainNo(), f.chainSeq(), f.occurredAt(), f.actorAccountId(), f.actorName(), f.agencyId(), f.clientAddress(), "agency.create", f.targetType(), f.targetId(), f.beforeState(), f.afterState())),
                with(f -> copy(f, f.chainNo(), f.chainSeq(), f.occurredAt(), f.actorAccountId(), f.actorName(), f.agencyId(), f.clientAddress(), f.action(), "unit", f.targetId(), f.beforeState(), f.afterState())),
                with(f -> copy(f, f.chainNo(), f.chainSeq(), f.occurredAt(), f.actorAccountId(), f.actorName(), f.agencyId(), f.clientAddress(), f.action(), f.targetType(), "CA-LCI", f.beforeState(), f.afterState())),
                with(f -> copy(f, f.chainNo(), f.chainSeq(), f.occurredAt(), f.actorAccountId(), f.actorName(), f.agencyId(), f.clientAddress(), f.action(), f.targetType(), f.targetId(), "{\"name\":\"Cong an tinh\"}", f.afterState())),
                with(f -> copy(f, f.chainNo(), f.chainSeq(), f.occurredAt(), f.actorAccountId(), f.actorName(), f.agencyId(), f.clientAddress(), f.action(), f.targetType(), f.targetId(), f.beforeState(), null)),
                with(f -> copy(f, f.chainNo(), f.chainSeq(), f.occurredAt(), f.actorAccountId(), f.actorName(), f.agencyId(), f.clientAddress(), f.action(), f.targetType(), f.targetId(), f.beforeState(), "")));
        Set<String> hashes = new HashSet<>();
        variants.forEach(v -> hashes.add(CanonicalForm.hash(CanonicalForm.GENESIS, v)));
        assertThat(hashes).as("one distinct hash per variant").hasSize(variants.size());
        assertThat(CanonicalForm.hash("a".repeat(64), base)).isNotEqualTo(CanonicalForm.hash(CanonicalForm.GENESIS, base));
    }

    @Test
    void fieldBoundariesCannotBeShifted() {
        CanonicalForm.Fields a = with(f -> copy(f, f.chainNo(), f.chainSeq(), f.occurredAt(), f.actorAccountId(), "a,b", f.agencyId(), "c", f.action(), f.targetType(), f.targetId(), f.beforeState(), f.afterState()));
        CanonicalForm.Fields b = with(f -> copy(f, f.chainNo(), f.chainSeq(), f.occurredAt(), f.actorAccountId(), "a", f.agencyId(), "b,c", f.action(), f.targetType(), f.targetId(), f.beforeState(), f.afterState()));
        assertThat(CanonicalForm.hash(CanonicalForm.GENESIS, a)).isNotEqualTo(CanonicalForm.hash(CanonicalForm.GENESIS, b));
    }

    @Test
    void statesAreWrittenWithSortedKeysWhateverTheirOrder() {
        Map<String, Object> inserted = new LinkedHashMap<>();
        inserted.put("zeta", 1);
        inserted.put("alpha", Map.of("y", 2, "b", 3));
        assertThat(CanonicalForm.stateJson(inserted)).isEqualTo("{\"alpha\":{\"b\":3,\"y\":2},\"zeta\":1}");
        assertThat(CanonicalForm.stateJson(new TreeMap<>(inserted))).isEqualTo(CanonicalForm.stateJson(inserted));
        assertThat(CanonicalForm.stateJson(new Sample("x", 2, null))).isEqualTo("{\"apple\":2,\"mango\":null,\"zebra\":\"x\"}");
        assertThat(CanonicalForm.stateJson(null)).isNull();
    }

    record Sample(String zebra, int apple, String mango) {
    }

    private CanonicalForm.Fields with(UnaryOperator<CanonicalForm.Fields> change) {
        return change.apply(base);
    }

    private static CanonicalForm.Fields copy(CanonicalForm.Fields ignored, int chainNo, long seq, Instant at, UUID account,
            String name, UUID agency, String client, String action, String targetType, String targetId, String before,
            String after) {
        return new CanonicalForm.Fields(chainNo, seq, at, account, name, agency, client, action, targetType, targetId,
                before, after);
    }
}
