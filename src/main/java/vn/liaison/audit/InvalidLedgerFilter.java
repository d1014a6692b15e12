package vn.liaison.audit;

import vn.liaison.shared.DomainException;

/** A ledger filter that cannot be applied (unknown date format, period ending before it starts, bad agency id). */
public class InvalidLedgerFilter extends DomainException {

    public InvalidLedgerFilter(String field, String messageKey, Object... args) {
        super(Kind.INVALID, field, messageKey, args);
    }
}
