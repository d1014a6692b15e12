package vn.liaison.shared;

import java.util.List;

/**
 * A refused operation, with a message key (both bundles) and its arguments. The web layer turns it into a
 * problem-details answer (API) or a message beside the field (forms); nothing of it is ever a 500.
 */
public class DomainException extends RuntimeException {

    /** How the refusal maps to HTTP. */
    public enum Kind { NOT_FOUND, CONFLICT, INVALID, FORBIDDEN, PRECONDITION_FAILED }

    private final Kind kind;
    private final String messageKey;
    private final transient List<Object> args;
    private final String field;

    public DomainException(Kind kind, String messageKey, Object... args) {
        this(kind, null, messageKey, args);
    }

    public DomainException(Kind kind, String field, String messageKey, Object... args) {
        super(messageKey);
        this.kind = kind;
        this.field = field;
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public static DomainException notFound(String what) {
        return new DomainException(Kind.NOT_FOUND, "error.notFound", what);
    }

    public static DomainException conflict(String messageKey, Object... args) {
        return new DomainException(Kind.CONFLICT, messageKey, args);
    }

    public static DomainException invalid(String field, String messageKey, Object... args) {
        return new DomainException(Kind.INVALID, field, messageKey, args);
    }

    public Kind kind() {
        return kind;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.toArray();
    }

    /** The form field the refusal is about, or null when it is about the whole operation. */
    public String field() {
        return field;
    }
}
