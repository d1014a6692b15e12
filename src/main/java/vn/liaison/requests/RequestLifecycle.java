package vn.liaison.requests;

import static vn.liaison.requests.RequestStatus.*;

import java.util.EnumSet;
import java.util.Set;

import vn.liaison.shared.DomainException;

/**
 * The state machine of a request. Pure: given the request's state and who acts, it answers the next status or
 * refuses with a clear reason. The receiver alone moves the status once the request is sent; the sender alone
 * drafts, approves, resubmits, closes and cancels (its desired status).
 */
public final class RequestLifecycle {

    private RequestLifecycle() {
    }

    /** What the machine needs to know of a request. */
    public record State(RequestStatus status, RequestKind kind, Urgency urgency, boolean approvalPending) {
    }

    /** The status after the step, or a refusal (CONFLICT for a step out of order, FORBIDDEN for the wrong side). */
    public static RequestStatus next(State state, RequestAction action, Side actingSide) {
        if (action.side() != actingSide) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "requests.error.wrongSide",
                    action.name(), actingSide.name());
        }
        RequestStatus s = state.status();
        RequestStatus target = switch (action) {
            case SUBMIT -> s == DRAFT ? AWAITING_APPROVAL : null;
            case APPROVE -> s == AWAITING_APPROVAL ? SENT
                    : state.approvalPending() && !s.terminal() && s != DRAFT ? s : null;
            case REJECT_APPROVAL -> s == AWAITING_APPROVAL ? DRAFT : null;
            case SEND_BEFORE_APPROVAL -> (s == DRAFT || s == AWAITING_APPROVAL) && state.urgency() == Urgency.EMERGENCY ? SENT : null;
            case ACKNOWLEDGE -> s == SENT ? ACKNOWLEDGED : null;
            case ASSIGN -> !state.kind().acknowledgementOnly() && (s == ACKNOWLEDGED || s == IN_PROGRESS) ? IN_PROGRESS : null;
            case ANSWER -> !state.kind().acknowledgementOnly() && (s == ACKNOWLEDGED || s == IN_PROGRESS) ? ANSWERED : null;
            case RETURN_FOR_CLARIFICATION -> AT_RECEIVER.contains(s) ? RETURNED_FOR_CLARIFICATION : null;
            case RESUBMIT -> s == RETURNED_FOR_CLARIFICATION ? SENT : null;
            case CLOSE -> s == ANSWERED || s == ACKNOWLEDGED && state.kind().acknowledgementOnly() ? CLOSED : null;
            case CANCEL -> CANCELLABLE.contains(s) ? CANCELLED : null;
        };
        if (target == null) {
            throw DomainException.conflict("requests.error.transition", action.name(), s.name());
        }
        return target;
    }

    /** The sender may cancel until the answer. */
    static final Set<RequestStatus> CANCELLABLE = EnumSet.of(DRAFT, AWAITING_APPROVAL, SENT, ACKNOWLEDGED, IN_PROGRESS,
            RETURNED_FOR_CLARIFICATION);

    /** True when the step is allowed now (for showing buttons). */
    public static boolean allowed(State state, RequestAction action) {
        try {
            next(state, action, action.side());
            return true;
        } catch (DomainException e) {
            return false;
        }
    }

    /** The ETSI desired status the sender expresses by its last step (null for receiver steps). */
    public static RequestStatus desiredAfter(RequestAction action, RequestStatus target) {
        return switch (action) {
            case SUBMIT, APPROVE, SEND_BEFORE_APPROVAL, RESUBMIT, REJECT_APPROVAL -> target == DRAFT ? DRAFT
                    : target == AWAITING_APPROVAL ? AWAITING_APPROVAL : ANSWERED;
            case CLOSE -> CLOSED;
            case CANCEL -> CANCELLED;
            default -> null;
        };
    }
}
