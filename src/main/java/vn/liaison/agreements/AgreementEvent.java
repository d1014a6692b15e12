package vn.liaison.agreements;

import java.time.Instant;

/** An entry on an agreement's timeline: what happened, when, who did it, and a short detail. */
public record AgreementEvent(AgreementEventKind kind, Instant occurredAt, String actorName, String detail) {
}
