package vn.liaison.requests;

import java.util.List;

/**
 * Values written one after another so that different sequences never give the same text: each value with its
 * length, null as a sign of its own, a list with its size. What a retry under the same idempotency key must repeat.
 */
final class Fingerprint {

    private final StringBuilder text = new StringBuilder(512);

    Fingerprint add(Object value) {
        if (value == null) {
            text.append('-');
        } else {
            String s = value.toString();
            text.append(s.length()).append(':').append(s);
        }
        return this;
    }

    Fingerprint addAll(List<?> values) {
        text.append('[').append(values.size()).append(']');
        values.forEach(this::add);
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
