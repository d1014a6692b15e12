package vn.liaison.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.liaison.requests.RequestStatus.*;

import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.liaison.shared.DomainException;

class RequestLifecycleTest {

    private static RequestLifecycle.State lookup(RequestStatus s) {
        return new RequestLifecycle.State(s, RequestKind.LOOKUP, Urgency.NORMAL, false);
    }

    /** The full table of allowed steps for a lookup (normal urgency, no approval pending). */
    private static final Map<RequestAction, Map<RequestStatus, RequestStatus>> ALLOWED = new EnumMap<>(RequestAction.class);

    static {
        put(RequestAction.SUBMIT, DRAFT, AWAITING_APPROVAL);
        put(RequestAction.APPROVE, AWAITING_APPROVAL, SENT);
        put(RequestAction.REJECT_APPROVAL, AWAITING_APPROVAL, DRAFT);
        put(RequestAction.ACKNOWLEDGE, SENT, ACKNOWLEDGED);
        put(RequestAction.ASSIGN, ACKNOWLEDGED, IN_PROGRESS);
        put(RequestAction.ASSIGN, IN_PROGRESS, IN_PROGRESS);
        put(RequestAction.ANSWER, ACKNOWLEDGED, ANSWERED);
        put(RequestAction.ANSWER, IN_PROGRESS, ANSWERED);
        put(RequestAction.RETURN_FOR_CLARIFICATION, SENT, RETURNED_FOR_CLARIFICATION);
        put(RequestAction.RETURN_FOR_CLARIFICATION, ACKNOWLEDGED, RETURNED_FOR_CLARIFICATION);
        put(RequestAction.RETURN_FOR_CLARIFICATION, IN_PROGRESS, RETURNED_FOR_CLARIFICATION);
        put(RequestAction.RESUBMIT, RETURNED_FOR_CLARIFICATION, SENT);
        put(RequestAction.CLOSE, ANSWERED, CLOSED);
        for (RequestStatus s : new RequestStatus[] {DRAFT, AWAITING_APPROVAL, SENT, ACKNOWLEDGED, IN_PROGRESS, RETURNED_FOR_CLARIFICATION}) {
            put(RequestAction.CANCEL, s, CANCELLED);
        }
    }

    private static void put(RequestAction a, RequestStatus from, RequestStatus to) {
        ALLOWED.computeIfAbsent(a, k -> new EnumMap<>(RequestStatus.class)).put(from, to);
    }

    @ParameterizedTest
    @EnumSource(RequestAction.class)
    void everyActionFromEveryStatusIsAllowedOrRefusedExactlyAsTheTableSays(RequestAction action) {
        if (action == RequestAction.SEND_BEFORE_APPROVAL) {
            // a normal-urgency request may never skip approval
            for (RequestStatus s : RequestStatus.values()) {
                assertThatThrownBy(() -> RequestLifecycle.next(lookup(s), action, Side.SENDER)).isInstanceOf(DomainException.class);
            }
            return;
        }
        Map<RequestStatus, RequestStatus> allowed = ALLOWED.getOrDefault(action, Map.of());
        for (RequestStatus s : RequestStatus.values()) {
            if (allowed.containsKey(s)) {
                assertThat(RequestLifecycle.next(lookup(s), action, action.side())).as("%s from %s", action, s)
                        .isEqualTo(allowed.get(s));
            } else {
                assertThatThrownBy(() -> RequestLifecycle.next(lookup(s), action, action.side())).as("%s from %s", action, s)
                        .isInstanceOfSatisfying(DomainException.class, e -> {
                            assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
                            assertThat(e.messageKey()).isEqualTo("requests.error.transition");
                        });
            }
        }
    }

    @ParameterizedTest
    @EnumSource(RequestAction.class)
    void theOtherSideIsAlwaysRefused(RequestAction action) {
        Side other = action.side() == Side.SENDER ? Side.RECEIVER : Side.SENDER;
        for (RequestStatus s : RequestStatus.values()) {
            assertThatThrownBy(() -> RequestLifecycle.next(lookup(s), action, other))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN));
        }
    }

    @Test
    void statusIsReceiverOwnedAndDesiredStatusSenderOwned() {
        assertThat(RequestAction.ACKNOWLEDGE.side()).isEqualTo(Side.RECEIVER);
        assertThat(RequestAction.ANSWER.side()).isEqualTo(Side.RECEIVER);
        assertThat(RequestAction.CLOSE.side()).isEqualTo(Side.SENDER);
        assertThat(RequestLifecycle.desiredAfter(RequestAction.CANCEL, CANCELLED)).isEqualTo(CANCELLED);
        assertThat(RequestLifecycle.desiredAfter(RequestAction.ANSWER, ANSWERED)).isNull();
    }

    @Test
    void anEmergencyMayBeSentBeforeApprovalAndApprovedAfterwards() {
        var draft = new RequestLifecycle.State(DRAFT, RequestKind.LOOKUP, Urgency.EMERGENCY, false);
        assertThat(RequestLifecycle.next(draft, RequestAction.SEND_BEFORE_APPROVAL, Side.SENDER)).isEqualTo(SENT);
        var pending = new RequestLifecycle.State(IN_PROGRESS, RequestKind.LOOKUP, Urgency.EMERGENCY, true);
        assertThat(RequestLifecycle.next(pending, RequestAction.APPROVE, Side.SENDER)).isEqualTo(IN_PROGRESS);
        var closed = new RequestLifecycle.State(CLOSED, RequestKind.LOOKUP, Urgency.EMERGENCY, true);
        assertThatThrownBy(() -> RequestLifecycle.next(closed, RequestAction.APPROVE, Side.SENDER)).isInstanceOf(DomainException.class);
        var urgent = new RequestLifecycle.State(DRAFT, RequestKind.LOOKUP, Urgency.URGENT, false);
        assertThatThrownBy(() -> RequestLifecycle.next(urgent, RequestAction.SEND_BEFORE_APPROVAL, Side.SENDER))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void informationExchangeNeedsOnlyAcknowledgement() {
        var sent = new RequestLifecycle.State(SENT, RequestKind.INFORMATION_EXCHANGE, Urgency.NORMAL, false);
        assertThat(RequestLifecycle.next(sent, RequestAction.ACKNOWLEDGE, Side.RECEIVER)).isEqualTo(ACKNOWLEDGED);
        var acked = new RequestLifecycle.State(ACKNOWLEDGED, RequestKind.INFORMATION_EXCHANGE, Urgency.NORMAL, false);
        assertThat(RequestLifecycle.next(acked, RequestAction.CLOSE, Side.SENDER)).isEqualTo(CLOSED);
        assertThatThrownBy(() -> RequestLifecycle.next(acked, RequestAction.ANSWER, Side.RECEIVER)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> RequestLifecycle.next(acked, RequestAction.ASSIGN, Side.RECEIVER)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> RequestLifecycle.next(lookup(ACKNOWLEDGED), RequestAction.CLOSE, Side.SENDER))
                .isInstanceOf(DomainException.class);
    }
}
