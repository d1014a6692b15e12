package vn.liaison.agreements.web;

import org.springframework.http.ResponseEntity;

import vn.liaison.shared.DomainException;

/** Row versions as entity tags: answers carry an ETag; updates send it back as If-Match (or a rowVersion field). */
final class Etags {

    private Etags() {
    }

    static String tag(long rowVersion) {
        return "\"" + rowVersion + "\"";
    }

    static <T> ResponseEntity<T> ok(T body, long rowVersion) {
        return ResponseEntity.ok().eTag(tag(rowVersion)).body(body);
    }

    /** The version the client last read: If-Match first, then the body's field; one of them is required. */
    static long expected(String ifMatch, Long bodyVersion) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            String v = ifMatch.strip();
            if (v.startsWith("W/")) {
                v = v.substring(2);
            }
            v = v.replace("\"", "");
            try {
                return Long.parseLong(v);
            } catch (NumberFormatException e) {
                throw new DomainException(DomainException.Kind.PRECONDITION_FAILED, "agreements.error.stale");
            }
        }
        if (bodyVersion != null) {
            return bodyVersion;
        }
        throw new DomainException(DomainException.Kind.PRECONDITION_FAILED, "agreements.error.versionRequired");
    }
}
