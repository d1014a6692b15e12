package vn.liaison.agreements;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import vn.liaison.audit.AuditLedger;
import vn.liaison.audit.AuditRecord;

/**
 * What happens when a new agreement replaces an old one: the old one is marked replaced (the link goes both
 * ways), open tasks of its unclosed plans move to the new agreement's plan of the same year (one recorded move
 * and one ledger entry each), and {@link AgreementReplaced} tells the other modules to move their open work.
 * The caller checked access and holds the transaction.
 */
@Component
class Replacements {

    private final AgreementStore store;
    private final PlanStore plans;
    private final AuditLedger ledger;
    private final ApplicationEventPublisher events;

    Replacements(AgreementStore store, PlanStore plans, AuditLedger ledger, ApplicationEventPublisher events) {
        this.store = store;
        this.plans = plans;
        this.ledger = ledger;
        this.events = events;
    }

    void replace(Agreement old, Agreement replacement, String by, Instant now) {
        old.replacedBy(replacement.id);
        Map<UUID, String[]> names = new java.util.HashMap<>();
        store.parties(old.id).forEach(p -> names.put(p.agencyId(), new String[] {p.nameAtSigning(), p.level()}));
        store.update(old, names);
        store.insertEvent(old.id, AgreementEventKind.REPLACED, now, by, replacement.content.number());
        store.insertEvent(replacement.id, AgreementEventKind.REPLACES, now, by, old.content.number());
        int moved = moveOpenWork(old, replacement, by, now);
        if (moved > 0) {
            store.insertEvent(old.id, AgreementEventKind.WORK_MOVED, now, by, String.valueOf(moved));
            store.insertEvent(replacement.id, AgreementEventKind.WORK_MOVED, now, by, String.valueOf(moved));
        }
        events.publishEvent(new AgreementReplaced(old.id, replacement.id,
                replacement.content.signingDate() != null ? replacement.content.signingDate()
                        : replacement.content.effectiveFrom()));
    }

    private int moveOpenWork(Agreement old, Agreement replacement, String by, Instant now) {
        int moved = 0;
        Set<UUID> newParties = Set.copyOf(replacement.content.partyIds());
        for (Plan from : plans.ofAgreement(old.id)) {
            if (from.status == PlanStatus.CLOSED) {
                continue;
            }
            List<Task> open = plans.tasks(from.id).stream().filter(t -> t.status.open()).toList();
            if (open.isEmpty()) {
                continue;
            }
            Plan to = plans.find(replacement.id, from.year).orElse(null);
            if (to == null) {
                to = new Plan(UUID.randomUUID(), replacement.id, from.year, from.title);
                // The same bodies signed this work off; those that are parties again keep their sign-off.
                for (Approval ap : from.approvals.values()) {
                    if (newParties.contains(ap.agencyId())) {
                        to.approvals.put(ap.agencyId(), ap);
                    }
                }
                to.status = to.approvals.keySet().containsAll(newParties) ? from.status : PlanStatus.DRAFT;
                plans.insert(to, now);
                ledger.record(AuditRecord.change("plan.create", "plan", to.id, null,
                        Map.of("agreementId", replacement.id, "year", to.year, "movedFromPlan", from.id)));
            }
            for (Task t : open) {
                Map<String, Object> before = Map.of("planId", t.planId, "agreementId", old.id);
                t.planId = to.id;
                t.position = plans.nextPosition(to.id);
                plans.updateTask(t);
                store.insertMove(old.id, replacement.id, "PLAN_TASK", t.id, from.id, to.id, now, by);
                ledger.record(AuditRecord.change("plan.task.move", "planTask", t.id, before,
                        Map.of("planId", to.id, "agreementId", replacement.id)));
                moved++;
            }
        }
        return moved;
    }
}
