package vn.liaison.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.liaison.shared.Classification;

/** The fingerprint a replayed idempotency key is checked against: every field, at any depth, changes it. */
class NewRequestTest {

    private static final NewRequest FULL = new NewRequest(RequestKind.LOOKUP, UUID.randomUUID(), UUID.randomUUID(),
            UUID.randomUUID(), "Tra cứu", "Chi tiết",
            new LegalBasis("12/QĐ", LocalDate.of(2026, 11, 1), "Quyết định", "Cơ quan CSĐT", UUID.randomUUID(),
                    LocalDate.of(2027, 1, 1)),
            Classification.MAT, Urgency.URGENT, Instant.parse("2026-12-01T00:00:00Z"), "ghi chú",
            LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31),
            List.of(new IdentifierInput(IdentifierType.PHONE, "0912345678", null),
                    new IdentifierInput(IdentifierType.IP_ADDRESS, "203.0.113.9", "2026-10-02T10:00|443")),
            List.of("Câu hỏi"), List.of("Vật chứng"), List.of(UUID.randomUUID()), "key-1");

    @Test
    void everyFieldAtAnyDepthChangesIt() throws Exception {
        List<NewRequest> variants = variants(FULL).stream().map(NewRequest.class::cast).toList();
        assertThat(variants).hasSizeGreaterThan(25);
        for (NewRequest other : variants) {
            assertThat(other).isNotEqualTo(FULL);
            assertThat(other.fingerprint()).as("%s", other).isNotEqualTo(FULL.fingerprint());
        }
        assertThat(new NewRequest(FULL.kind(), FULL.senderUnitId(), FULL.receiverAgencyId(), FULL.receiverUnitId(),
                FULL.subject(), FULL.details(), FULL.basis(), FULL.classification(), FULL.urgency(), FULL.requestedDueAt(),
                FULL.internalNote(), FULL.windowFrom(), FULL.windowTo(), List.copyOf(FULL.identifiers()),
                FULL.questions(), FULL.items(), FULL.basisAttachmentIds(), FULL.idempotencyKey()).fingerprint())
                .as("an equal request").isEqualTo(FULL.fingerprint());
    }

    @Test
    void valuesCannotBeShiftedFromOneFieldToTheNext() {
        NewRequest a = texts(FULL.withIdentifiers(List.of()), "ab", "c");
        NewRequest b = texts(FULL.withIdentifiers(List.of()), "a", "bc");
        NewRequest none = texts(FULL, null, "c");
        NewRequest word = texts(FULL, "-", "c");
        assertThat(a.fingerprint()).isNotEqualTo(b.fingerprint());
        assertThat(none.fingerprint()).isNotEqualTo(word.fingerprint());
        NewRequest twoQuestions = new NewRequest(FULL.kind(), null, null, null, null, null, null, null, null, null, null,
                null, null, null, List.of("a", "b"), List.of(), null, null);
        NewRequest questionAndItem = new NewRequest(FULL.kind(), null, null, null, null, null, null, null, null, null,
                null, null, null, null, List.of("a"), List.of("b"), null, null);
        assertThat(twoQuestions.fingerprint()).isNotEqualTo(questionAndItem.fingerprint());
    }

    private static NewRequest texts(NewRequest r, String subject, String details) {
        return new NewRequest(r.kind(), r.senderUnitId(), r.receiverAgencyId(), r.receiverUnitId(), subject, details,
                r.basis(), r.classification(), r.urgency(), r.requestedDueAt(), r.internalNote(), r.windowFrom(),
                r.windowTo(), r.identifiers(), r.questions(), r.items(), r.basisAttachmentIds(), r.idempotencyKey());
    }

    /** Copies of a record, each with one component (or one of its components, or one list element's) changed. */
    private static List<Object> variants(Object value) throws Exception {
        List<Object> out = new ArrayList<>();
        if (value instanceof Record record) {
            RecordComponent[] components = record.getClass().getRecordComponents();
            Object[] args = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                args[i] = components[i].getAccessor().invoke(record);
            }
            Constructor<?> canonical = record.getClass().getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            for (int i = 0; i < components.length; i++) {
                List<Object> changed = new ArrayList<>(variants(args[i]));
                changed.add(null);
                for (Object c : changed) {
                    if (c != args[i] && (c == null || !c.equals(args[i]))) {
                        Object[] copy = args.clone();
                        copy[i] = c;
                        out.add(canonical.newInstance(copy));
                    }
                }
            }
        } else if (value instanceof List<?> list && !list.isEmpty()) {
            List<Object> longer = new ArrayList<>(list);
            longer.add(list.get(0));
            out.add(longer);
            for (int i = 0; i < list.size(); i++) {
                for (Object c : variants(list.get(i))) {
                    List<Object> copy = new ArrayList<>(list);
                    copy.set(i, c);
                    out.add(copy);
                }
            }
        } else if (value instanceof Enum<?> e) {
            Object[] all = e.getDeclaringClass().getEnumConstants();
            out.add(all[(e.ordinal() + 1) % all.length]);
        } else if (value instanceof UUID) {
            out.add(UUID.randomUUID());
        } else if (value instanceof String s) {
            out.add(s + "x");
        } else if (value instanceof Instant t) {
            out.add(t.plusSeconds(1));
        } else if (value instanceof LocalDate d) {
            out.add(d.plusDays(1));
        }
        return out;
    }
}
