package vn.liaison.requests;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.function.SingletonSupplier;

import vn.liaison.LiaisonApplication;
import vn.liaison.agreements.AgreementDirectory;
import vn.liaison.agreements.AgreementRef;
import vn.liaison.attachments.AgencySignatures;
import vn.liaison.attachments.AttachmentStore;
import vn.liaison.attachments.AttachmentView;
import vn.liaison.attachments.CustodyAction;
import vn.liaison.attachments.CustodyLog;
import vn.liaison.attachments.NewAttachment;
import vn.liaison.attachments.SignatureValue;
import vn.liaison.audit.AuditLedger;
import vn.liaison.audit.AuditRecord;
import vn.liaison.organizations.AgencyDirectory;
import vn.liaison.organizations.AgencyView;
import vn.liaison.organizations.PersonView;
import vn.liaison.security.AccessPolicy;
import vn.liaison.security.AgencyLineage;
import vn.liaison.security.Actor;
import vn.liaison.shared.Classification;
import vn.liaison.shared.DomainException;
import vn.liaison.shared.TextFolding;

/**
 * Every change of a request: drafting, the steps of its life, comments and the signed answer. Each runs in one
 * transaction with its ledger entry, its timeline step and its notifications; each checks access first, the
 * expected generation when given (lost updates), and the state machine.
 */
@Service
public class RequestService {

    static final int MAX_SUBJECT = 500;
    static final int MAX_TEXT = 20_000;

    private final RequestStore store;
    private final RequestAccess access;
    private final AccessPolicy policy;
    private final AuditLedger ledger;
    private final AgencyDirectory agencies;
    private final Supplier<AgreementDirectory> agreements;
    private final DeadlineSettings deadlines;
    private final AttachmentStore files;
    private final AgencySignatures signatures;
    private final CustodyLog custody;
    private final RequestNotices notices;
    private final JdbcClient jdbc;
    private final AgencyLineage lineage;
    private final Clock clock;

    RequestService(RequestStore store, RequestAccess access, AccessPolicy policy, AuditLedger ledger,
            AgencyDirectory agencies, ObjectProvider<AgreementDirectory> agreements, DeadlineSettings deadlines,
            ObjectProvider<AttachmentStore> files, ObjectProvider<AgencySignatures> signatures,
            ObjectProvider<CustodyLog> custody, RequestNotices notices, JdbcClient jdbc, AgencyLineage lineage,
            Clock clock) {
        this.store = store;
        this.access = access;
        this.policy = policy;
        this.ledger = ledger;
        this.agencies = agencies;
        this.agreements = SingletonSupplier.of(agreements::getIfAvailable);
        this.deadlines = deadlines;
        this.files = files.getIfAvailable();
        this.signatures = signatures.getIfAvailable();
        this.custody = custody.getIfAvailable();
        this.notices = notices;
        this.jdbc = jdbc;
        this.lineage = lineage;
        this.clock = clock;
    }

    /** The created (or, for a replayed idempotency key with the same body, the earlier) request. */
    public record Created(UUID id, String reference, long generation, boolean created) {
    }

    // ---- drafting ---------------------------------------------------------------------------------------------

    /**
     * Drafts a request. On the hot path of the API, so it keeps to few round trips: the agencies and units it checks,
     * the agreement it falls under, one statement writing the request, its tasks and its first timeline step (and
     * taking its number), and the ledger entry. A replayed idempotency key is found by that statement's conflict,
     * not by a query before it.
     */
    @Transactional
    public Created create(NewRequest cmd) {
        Actor actor = policy.requireActor();
        access.requireDrafter(actor);
        String key = blankToNull(cmd.idempotencyKey());
        if (key != null && key.length() > 200) {
            throw DomainException.invalid("idempotencyKey", "requests.error.idempotencyKey");
        }
        String hash = key == null ? null : sha256(cmd.fingerprint());
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, LiaisonApplication.ZONE);
        Draft draft;
        try {
            draft = draft(actor, cmd, now, today);
        } catch (DomainException e) {
            // A retry is answered as the request it made even when its body would no longer pass (an agreement
            // has expired since), and a reused key with another body is a conflict, not a validation error.
            Optional<RequestRow> earlier = key == null ? Optional.empty()
                    : store.findByIdempotencyKey(actor.agencyId(), key);
            if (earlier.isPresent()) {
                return replay(earlier.get(), hash);
            }
            throw e;
        }
        RequestRow row = draft.row(hash);
        Optional<String> reference = store.insertNew(row, key, "YC-" + today.getYear() + "-", draft.searchText(),
                draft.tasks(), new RequestStore.EventRow(UUID.randomUUID(), now, null, null, RequestStatus.DRAFT,
                        actor.accountId(), actor.displayName(), actor.agencyId(), Side.SENDER,
                        draft.routing().forwarded() ? "forwarded" : null, 1));
        if (reference.isEmpty()) {
            return replay(store.findByIdempotencyKey(actor.agencyId(), key).orElseThrow(), hash);
        }
        linkBasis(actor, row.id(), cmd.basisAttachmentIds(), now);
        Map<String, Object> after = new LinkedHashMap<>(row.auditState());
        after.put("reference", reference.get());
        after.put("kind", row.kind());
        after.put("receiver", row.receiverAgencyId());
        if (draft.routing().forwarded()) {
            after.put("routedThrough", draft.routing().chain());
        }
        after.put("tasks", draft.tasks().size());
        after.put("classification", row.classification());
        ledger.record(AuditRecord.change("request.create", "request", row.id(), null, after));
        return new Created(row.id(), reference.get(), 1, true);
    }

    /** A checked new request, not yet written: its row (without number), tasks, routing and search text. */
    private record Draft(Actor actor, NewRequest cmd, RequestKind kind, Urgency urgency, Classification level,
            String subject, String details, String note, UUID senderUnit, LegalBasis basis, Routing routing,
            List<RequestStore.TaskRow> tasks, String searchText, Instant now) {

        RequestRow row(String idempotencyHash) {
            return new RequestRow(UUID.randomUUID(), null, kind, actor.agencyId(), senderUnit, routing.receiver(),
                    routing.forwarded() ? null : cmd.receiverUnitId(), routing.agreementId(), routing.chain(), subject,
                    details, basis, level, urgency, note, cmd.windowFrom(), cmd.windowTo(), RequestStatus.DRAFT,
                    RequestStatus.DRAFT, false, null, null, null, cmd.requestedDueAt(), null, null, 0, null, null, null,
                    null, null, null, null, null, 1, actor.accountId(), actor.personId(), actor.displayName(), now, now,
                    idempotencyHash);
        }
    }

    /** Every check of a new request, reading only: nothing is written when one fails. */
    private Draft draft(Actor actor, NewRequest cmd, Instant now, LocalDate today) {
        RequestKind kind = require(cmd.kind(), "kind");
        Urgency urgency = cmd.urgency() == null ? Urgency.NORMAL : cmd.urgency();
        Classification level = cmd.classification() == null ? Classification.UNCLASSIFIED : cmd.classification();
        policy.requireWithinCeiling(level);
        if (!policy.clearedFor(actor, level)) {
            throw DomainException.invalid("classification", "requests.error.clearance");
        }
        String subject = text(cmd.subject(), "subject", MAX_SUBJECT, true);
        String details = text(cmd.details(), "details", MAX_TEXT, false);
        String note = text(cmd.internalNote(), "internalNote", MAX_TEXT, false);
        UUID receiverId = require(cmd.receiverAgencyId(), "receiverAgencyId");
        if (actor.actingFor().contains(receiverId)) {
            throw DomainException.invalid("receiverAgencyId", "requests.error.selfReceiver");
        }
        if (cmd.requestedDueAt() != null && !cmd.requestedDueAt().isAfter(now)) {
            throw DomainException.invalid("requestedDueAt", "requests.error.deadlinePast");
        }
        if (cmd.windowFrom() != null && cmd.windowTo() != null && cmd.windowFrom().isAfter(cmd.windowTo())) {
            throw DomainException.invalid("windowTo", "requests.error.window");
        }
        LegalBasis basis = cmd.basis() == null ? new LegalBasis(null, null, null, null, null, null) : cmd.basis();
        if (basis.validUntil() != null && basis.validUntil().isBefore(today)) {
            throw DomainException.invalid("basis.validUntil", "requests.error.basisExpired");
        }
        List<RequestStore.TaskRow> tasks = tasks(kind, cmd, today);
        // Both parties in one lookup: the receiver is checked, and both names go into the search text.
        Map<UUID, AgencyView> parties = agencies.agencies(List.of(receiverId, actor.agencyId()));
        AgencyView receiver = Optional.ofNullable(parties.get(receiverId)).filter(a -> a.existedOn(today))
                .orElseThrow(() -> DomainException.invalid("receiverAgencyId", "requests.error.receiverUnknown"));
        if (cmd.receiverUnitId() != null && agencies.unit(cmd.receiverUnitId()).filter(u -> u.agencyId().equals(receiverId)).isEmpty()) {
            throw DomainException.invalid("receiverUnitId", "requests.error.unitUnknown");
        }
        UUID senderUnit = cmd.senderUnitId() != null ? cmd.senderUnitId() : actor.unitId();
        if (senderUnit != null && agencies.unit(senderUnit).filter(u -> u.agencyId().equals(actor.agencyId())).isEmpty()) {
            throw DomainException.invalid("senderUnitId", "requests.error.unitUnknown");
        }
        if (basis.approvingLeaderId() != null && agencies.person(basis.approvingLeaderId())
                .filter(p -> actor.actingFor().contains(p.agencyId())).isEmpty()) {
            throw DomainException.invalid("basis.approvingLeaderId", "requests.error.leaderUnknown");
        }
        Routing routing = route(actor, receiver, kind, today);
        if (routing.forwarded()) {
            parties.putAll(agencies.agencies(List.of(routing.receiver())));
        }
        List<String> parts = new ArrayList<>(List.of(subject));
        if (details != null) {
            parts.add(details);
        }
        if (basis.reference() != null) {
            parts.add(basis.reference());
        }
        for (UUID party : List.of(actor.agencyId(), routing.receiver())) {
            AgencyView a = parties.get(party);
            if (a != null) {
                parts.add(a.nameVi());
                parts.add(a.code());
            }
        }
        tasks.forEach(t -> parts.add(t.normalized()));
        // The internal note is never part of the search text: the receiver must not find a request by it.
        String search = TextFolding.foldAll(parts.toArray(String[]::new));
        return new Draft(actor, cmd, kind, urgency, level, subject, details, note, senderUnit, basis, routing, tasks,
                search, now);
    }

    private void linkBasis(Actor actor, UUID id, List<UUID> attachmentIds, Instant now) {
        int pos = 1;
        for (UUID attachmentId : attachmentIds) {
            AttachmentView view = requireFiles().view(attachmentId);
            if (!actor.actingFor().contains(view.agencyId())) {
                throw DomainException.invalid("basisAttachmentIds", "requests.error.attachmentForeign");
            }
            store.linkAttachment(id, attachmentId, "BASIS", pos++, actor.agencyId(), now);
        }
    }

    private Created replay(RequestRow earlier, String hash) {
        if (hash == null || !hash.equals(earlier.idempotencyHash())) {
            throw DomainException.conflict("requests.error.idempotencyMismatch");
        }
        return new Created(earlier.id(), earlier.reference(), earlier.generation(), false);
    }

    /** Where the request goes: the receiver when an agreement covers the kind, else its nearest parent that has one. */
    record Routing(UUID receiver, UUID agreementId, List<UUID> chain, boolean forwarded) {
    }

    private Routing route(Actor sender, AgencyView receiver, RequestKind kind, LocalDate today) {
        List<UUID> chain = new ArrayList<>();
        AgencyView target = receiver;
        Set<UUID> seen = new HashSet<>();
        while (target != null && seen.add(target.id())) {
            List<AgreementRef> found = agreements().inForceBetween(sender.actingFor(), lineage(target), kind.area(), today);
            if (!found.isEmpty()) {
                return new Routing(target.id(), found.get(0).id(), chain, !chain.isEmpty());
            }
            chain.add(target.id());
            target = target.parentId() == null ? null : agencies.agency(target.parentId()).orElse(null);
        }
        throw DomainException.invalid("receiverAgencyId", "requests.error.outsideAgreement", receiver.nameVi());
    }

    /** The agency and every agency it succeeded; most succeeded none, and then nothing needs looking up. */
    private Set<UUID> lineage(AgencyView agency) {
        return agency.predecessorIds().isEmpty() ? Set.of(agency.id()) : lineage.actingFor(agency.id());
    }

    private List<RequestStore.TaskRow> tasks(RequestKind kind, NewRequest cmd, LocalDate today) {
        List<RequestStore.TaskRow> rows = new ArrayList<>();
        switch (kind.taskType()) {
            case IDENTIFIER -> {
                if (cmd.identifiers().isEmpty()) {
                    throw DomainException.invalid("identifiers", "requests.error.noIdentifiers");
                }
                if (cmd.identifiers().size() > IdentifierBatch.MAX_LINES) {
                    throw DomainException.invalid("identifiers", "requests.identifier.error.tooMany", IdentifierBatch.MAX_LINES);
                }
                Identifiers rules = new Identifiers(today);
                Map<String, Integer> seen = new LinkedHashMap<>();
                int i = 0;
                for (IdentifierInput in : cmd.identifiers()) {
                    i++;
                    Identifier id;
                    try {
                        id = rules.validate(in);
                    } catch (DomainException e) {
                        throw new DomainException(DomainException.Kind.INVALID, "identifiers", "requests.error.identifierAt",
                                i, in.value() == null ? "" : in.value());
                    }
                    Integer first = seen.putIfAbsent(id.key(), i);
                    if (first != null) {
                        throw DomainException.invalid("identifiers", "requests.error.identifierDuplicateAt", i, first);
                    }
                    rows.add(new RequestStore.TaskRow(UUID.randomUUID(), i, "IDENTIFIER", id.type(), id.raw(),
                            id.normalized(), id.qualifier()));
                }
            }
            case QUESTION -> {
                if (cmd.questions().isEmpty()) {
                    throw DomainException.invalid("questions", "requests.error.noQuestions");
                }
                addTexts(rows, cmd.questions(), "QUESTION");
            }
            case ITEM -> {
                if (cmd.items().isEmpty()) {
                    throw DomainException.invalid("items", "requests.error.noItems");
                }
                addTexts(rows, cmd.items(), "ITEM");
            }
            case NONE -> {
                // an information exchange carries its content in the details
            }
        }
        return rows;
    }

    private static void addTexts(List<RequestStore.TaskRow> rows, List<String> texts, String type) {
        int i = 0;
        for (String t : texts) {
            i++;
            String s = t.strip();
            if (s.length() > 4000) {
                throw DomainException.invalid(type.equals("QUESTION") ? "questions" : "items", "requests.error.tooLong", 4000);
            }
            rows.add(new RequestStore.TaskRow(UUID.randomUUID(), i, type, null, s, s, null));
        }
    }

    // ---- the steps --------------------------------------------------------------------------------------------

    @Transactional
    public long submit(UUID id, Long expectedGeneration) {
        return step(id, expectedGeneration, RequestAction.SUBMIT, null, (r, c) -> {
        });
    }

    /** A leader approves: the request is sent, or, when it was sent before approval, the approval is recorded. */
    @Transactional
    public long approve(UUID id, Long expectedGeneration) {
        return step(id, expectedGeneration, RequestAction.APPROVE, null, (r, c) -> {
            Actor a = c.actor;
            c.set("approval_pending", false).set("approved_by", a.personId()).set("approved_by_name", a.displayName())
                    .set("approved_at", RequestStore.ts(c.now));
            if (r.status() == RequestStatus.AWAITING_APPROVAL) {
                send(r, c);
            }
        });
    }

    @Transactional
    public long rejectApproval(UUID id, Long expectedGeneration, String reason) {
        String why = text(reason, "reason", MAX_TEXT, true);
        return step(id, expectedGeneration, RequestAction.REJECT_APPROVAL, why, (r, c) -> {
        });
    }

    /** An emergency goes out at once; the screen says "sent before approval, approval pending". */
    @Transactional
    public long sendBeforeApproval(UUID id, Long expectedGeneration) {
        return step(id, expectedGeneration, RequestAction.SEND_BEFORE_APPROVAL, null, (r, c) -> {
            c.set("approval_pending", true);
            send(r, c);
        });
    }

    @Transactional
    public long acknowledge(UUID id, Long expectedGeneration) {
        return step(id, expectedGeneration, RequestAction.ACKNOWLEDGE, null, (r, c) -> {
        });
    }

    @Transactional
    public long assign(UUID id, Long expectedGeneration, UUID personId) {
        return step(id, expectedGeneration, RequestAction.ASSIGN, null, (r, c) -> {
            PersonView p = agencies.person(require(personId, "assignee"))
                    .filter(PersonView::active)
                    .filter(x -> x.agencyId().equals(r.receiverAgencyId()) || c.actor.actingFor().contains(x.agencyId()))
                    .orElseThrow(() -> DomainException.invalid("assignee", "requests.error.assigneeUnknown"));
            if (!c.actor.isMachine() && !c.actor.hasAny(vn.liaison.security.Role.LEADER, vn.liaison.security.Role.SECRETARIAT)
                    && !p.id().equals(c.actor.personId())) {
                throw new AccessDeniedException("an officer may only take a request himself");
            }
            if (!policy.clearedFor(new Actor(null, null, p.id(), p.fullName(), p.agencyId(), null, p.unitId(),
                    p.clearance(), Set.of(), Set.of(p.agencyId()), null, Set.of()), r.classification())) {
                throw DomainException.invalid("assignee", "requests.error.assigneeClearance");
            }
            c.set("assignee_person_id", p.id()).set("assignee_name", p.fullName());
            c.note = p.fullName();
            c.notifyPeople.add(p.id());
        });
    }

    @Transactional
    public long returnForClarification(UUID id, Long expectedGeneration, String reason) {
        String why = text(reason, "reason", MAX_TEXT, true);
        return step(id, expectedGeneration, RequestAction.RETURN_FOR_CLARIFICATION, why, (r, c) ->
                c.set("paused_since", RequestStore.ts(c.now)));
    }

    /** The sender answers the clarification and sends again: the clock resumes, extended by the pause. */
    @Transactional
    public long resubmit(UUID id, Long expectedGeneration, String clarification) {
        String text = text(clarification, "clarification", MAX_TEXT, true);
        return step(id, expectedGeneration, RequestAction.RESUBMIT, text, (r, c) -> {
            Duration pause = r.pausedSince() == null ? Duration.ZERO : Duration.between(r.pausedSince(), c.now);
            Duration total = r.paused().plus(pause);
            c.set("paused_seconds", total.getSeconds()).set("paused_since", null);
            if (r.dueAt() != null) {
                c.set("effective_due_at", RequestStore.ts(r.dueAt().plus(total)))
                        .set("remind_at", RequestStore.ts(Deadlines.reminderAt(r.sentAt(), r.dueAt(), total)));
            }
        });
    }

    @Transactional
    public long close(UUID id, Long expectedGeneration) {
        return step(id, expectedGeneration, RequestAction.CLOSE, null, (r, c) -> c.set("closed_at", RequestStore.ts(c.now)));
    }

    @Transactional
    public long cancel(UUID id, Long expectedGeneration, String reason) {
        String why = text(reason, "reason", MAX_TEXT, true);
        return step(id, expectedGeneration, RequestAction.CANCEL, why, (r, c) -> c.set("closed_at", RequestStore.ts(c.now)));
    }

    /** The receiver answers: results per task, text, files; signed by the receiving agency over the canonical form. */
    @Transactional
    public long answer(UUID id, Long expectedGeneration, AnswerCommand cmd) {
        Outcome outcome = require(cmd.outcome(), "outcome");
        String body = text(cmd.text(), "text", MAX_TEXT, false);
        String refusalText = text(cmd.refusalText(), "refusalText", MAX_TEXT, false);
        if (outcome == Outcome.REFUSED && cmd.refusalReason() == null) {
            throw DomainException.invalid("refusalReason", "requests.error.refusalReason");
        }
        if (outcome != Outcome.REFUSED && cmd.refusalReason() != null) {
            throw DomainException.invalid("refusalReason", "requests.error.refusalOnlyWhenRefused");
        }
        if (cmd.refusalReason() == RefusalReason.OTHER && refusalText == null) {
            throw DomainException.invalid("refusalText", "requests.error.refusalText");
        }
        return step(id, expectedGeneration, RequestAction.ANSWER, null, (r, c) -> {
            List<RequestStore.TaskRow> tasks = store.tasks(r.id());
            List<RequestStore.ResultRow> results = results(tasks, outcome, cmd.results());
            List<String> hashes = new ArrayList<>();
            int pos = 1;
            for (NewAttachment file : cmd.attachments()) {
                AttachmentView stored = requireFiles().store(file);
                String purpose = r.kind() == RequestKind.EVIDENCE ? "EVIDENCE" : "ANSWER";
                store.linkAttachment(r.id(), stored.id(), purpose, pos++, r.receiverAgencyId(), c.now);
                hashes.add(stored.sha256());
                if (r.kind() == RequestKind.EVIDENCE && custody != null) {
                    custody.record(stored.id(), r.id(), CustodyAction.COLLECTED, "requests.custody.collected", null);
                    custody.record(stored.id(), r.id(), CustodyAction.HANDED_OVER, "requests.custody.handedOver",
                            agencies.agency(r.senderAgencyId()).map(AgencyView::nameVi).orElse(null));
                }
            }
            long generation = r.generation() + 1;
            byte[] canonical = AnswerCanonicalForm.of(r.id(), generation, outcome, cmd.refusalReason(), refusalText,
                    results.stream().map(x -> new AnswerCanonicalForm.Result(x.position(), x.taskId(), x.result(), x.text())).toList(),
                    body, hashes);
            SignatureValue sig = requireSignatures().sign(r.receiverAgencyId(), canonical);
            store.insertAnswer(new RequestStore.AnswerRow(r.id(), generation, outcome, cmd.refusalReason(), refusalText, body,
                    r.receiverAgencyId(), c.actor.personId(), c.actor.displayName(), c.now, sig.algorithm(), sig.keyId(),
                    sig.value(), sig.signedAt()), results);
            c.set("outcome", outcome.name()).set("answered_at", RequestStore.ts(c.now));
            c.note = outcome.name();
            c.audit.put("outcome", outcome);
            c.audit.put("attachments", hashes);
            c.audit.put("signatureKey", sig.keyId());
        });
    }

    private static List<RequestStore.ResultRow> results(List<RequestStore.TaskRow> tasks, Outcome outcome,
            List<AnswerCommand.TaskAnswer> given) {
        Map<Integer, AnswerCommand.TaskAnswer> byPos = new LinkedHashMap<>();
        for (AnswerCommand.TaskAnswer a : given) {
            if (a.result() == null || a.position() < 1 || a.position() > tasks.size() || byPos.putIfAbsent(a.position(), a) != null) {
                throw DomainException.invalid("results", "requests.error.resultPosition", a.position());
            }
        }
        List<RequestStore.ResultRow> out = new ArrayList<>();
        for (RequestStore.TaskRow t : tasks) {
            AnswerCommand.TaskAnswer a = byPos.get(t.position());
            if (a == null) {
                if (outcome == Outcome.REFUSED || outcome == Outcome.NO_DATA) {
                    out.add(new RequestStore.ResultRow(t.id(), t.position(),
                            outcome == Outcome.REFUSED ? TaskResult.REFUSED : TaskResult.NOT_FOUND, null));
                    continue;
                }
                throw DomainException.invalid("results", "requests.error.resultMissing", t.position());
            }
            String text = a.text() == null || a.text().isBlank() ? null : a.text().strip();
            if (text != null && text.length() > MAX_TEXT) {
                throw DomainException.invalid("results", "requests.error.tooLong", MAX_TEXT);
            }
            out.add(new RequestStore.ResultRow(t.id(), t.position(), a.result(), text));
        }
        long found = out.stream().filter(r -> r.result() == TaskResult.FOUND).count();
        boolean consistent = switch (outcome) {
            case DISCLOSED -> tasks.isEmpty() || found == out.size();
            case PARTIALLY_DISCLOSED -> found > 0 && found < out.size();
            case NO_DATA -> found == 0;
            case REFUSED -> found == 0;
        };
        if (!consistent) {
            throw DomainException.invalid("outcome", "requests.error.outcomeResults");
        }
        return out;
    }

    /** Adds a comment; an internal one stays inside the author's agency. */
    @Transactional
    public void comment(UUID id, String body, boolean internal) {
        Actor actor = policy.requireActor();
        RequestRow r = store.lock(id);
        Side side = access.requireVisible(actor, r);
        if (!actor.allows(vn.liaison.security.ApiScope.REQUESTS_WRITE)) {
            throw new AccessDeniedException("token scope required: REQUESTS_WRITE");
        }
        String text = text(body, "body", MAX_TEXT, true);
        Instant now = clock.instant();
        UUID agency = side == Side.SENDER ? r.senderAgencyId() : r.receiverAgencyId();
        UUID commentId = UUID.randomUUID();
        store.insertComment(id, new RequestStore.CommentRow(commentId, now, actor.accountId(), actor.displayName(), agency,
                internal, text));
        ledger.record(AuditRecord.change("request.comment", "request", id, null,
                Map.of("comment", commentId, "internal", internal)));
        if (!internal) {
            notices.commented(r, side);
        }
    }

    /** Records an access to an evidence item (view, export) in its chain of custody, with the reason. */
    @Transactional
    public void recordCustody(UUID id, UUID attachmentId, CustodyAction action, String reason) {
        Actor actor = policy.requireActor();
        RequestRow r = store.find(id).orElseThrow(() -> DomainException.notFound("request"));
        access.requireVisible(actor, r);
        String why = text(reason, "reason", 1000, true);
        boolean linked = store.attachments(id).stream().anyMatch(a -> a.attachmentId().equals(attachmentId) && a.purpose().equals("EVIDENCE"));
        if (!linked || custody == null) {
            throw DomainException.notFound("evidence");
        }
        custody.record(attachmentId, id, action, why, null);
        ledger.record(AuditRecord.change("request.custody", "request", id, null,
                Map.of("attachment", attachmentId, "action", action)));
    }

    /** Checks, without changing anything, that the current person may take the step on this request at all. */
    @Transactional(readOnly = true)
    public void requireAllowed(UUID id, RequestAction action) {
        Actor actor = policy.requireActor();
        RequestRow r = store.find(id).orElseThrow(() -> DomainException.notFound("request"));
        Side side = access.requireVisible(actor, r);
        access.requireRoleFor(actor, action);
        if (side != action.side()) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "requests.error.wrongSide", action.name(), side.name());
        }
    }

    // ---- the step engine ------------------------------------------------------------------------------------------

    /** What a step changes besides status, desired status and generation. */
    static final class Change {
        final Actor actor;
        final Instant now;
        final Map<String, Object> columns = new LinkedHashMap<>();
        final Map<String, Object> audit = new LinkedHashMap<>();
        final Set<UUID> notifyPeople = new HashSet<>();
        String note;

        Change(Actor actor, Instant now) {
            this.actor = actor;
            this.now = now;
        }

        Change set(String column, Object value) {
            columns.put(column, value);
            return this;
        }
    }

    interface StepBody {
        void apply(RequestRow row, Change change);
    }

    private long step(UUID id, Long expectedGeneration, RequestAction action, String note, StepBody body) {
        Actor actor = policy.requireActor();
        RequestRow r = store.lock(id);
        Side side = access.requireVisible(actor, r);
        if (action.side() != side) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "requests.error.wrongSide", action.name(), side.name());
        }
        access.requireRoleFor(actor, action);
        if (expectedGeneration != null && expectedGeneration != r.generation()) {
            throw new DomainException(DomainException.Kind.PRECONDITION_FAILED, "requests.error.stale",
                    expectedGeneration, r.generation());
        }
        RequestStatus target = RequestLifecycle.next(r.state(), action, side);
        Change c = new Change(actor, clock.instant());
        c.note = note;
        body.apply(r, c);
        long generation = r.generation() + 1;
        RequestStatus desired = RequestLifecycle.desiredAfter(action, target);
        c.set("status", target.name()).set("desired_status", (desired == null ? r.desiredStatus() : desired).name())
                .set("generation", generation).set("updated_at", RequestStore.ts(c.now));
        StringBuilder sql = new StringBuilder("UPDATE coordination_request SET ");
        List<Object> params = new ArrayList<>();
        c.columns.forEach((col, val) -> {
            if (!params.isEmpty()) {
                sql.append(", ");
            }
            sql.append(col).append(" = ?");
            params.add(val);
        });
        // the generation guard repeats the lock's promise: no step is lost even without FOR UPDATE
        sql.append(" WHERE id = ? AND generation = ?");
        params.add(id);
        params.add(r.generation());
        int updated = jdbc.sql(sql.toString()).params(params).update();
        if (updated != 1) {
            throw new DomainException(DomainException.Kind.PRECONDITION_FAILED, "requests.error.stale", r.generation(), -1);
        }
        store.insertEvent(id, new RequestStore.EventRow(UUID.randomUUID(), c.now, action, r.status(), target,
                actor.accountId(), actor.displayName(), actor.agencyId(), side, c.note, generation));
        RequestRow after = store.find(id).orElseThrow();
        Map<String, Object> afterState = new LinkedHashMap<>(after.auditState());
        afterState.putAll(c.audit);
        ledger.record(AuditRecord.change("request." + action.name().toLowerCase(), "request", id, r.auditState(), afterState));
        notices.stepTaken(after, action, c.notifyPeople);
        return generation;
    }

    /** Sending starts the clock: the deadline comes from the sender's date or the rule of kind and urgency. */
    private void send(RequestRow r, Change c) {
        LocalDate today = LocalDate.ofInstant(c.now, LiaisonApplication.ZONE);
        if (agreements().inForceBetween(r.senderAgencyId(), r.receiverAgencyId(), r.kind().area(), today).isEmpty()) {
            throw DomainException.conflict("requests.error.agreementEnded");
        }
        Instant due;
        DeadlineRule rule = deadlines.rule(r.kind(), r.urgency());
        if (r.requestedDueAt() != null) {
            if (!r.requestedDueAt().isAfter(c.now)) {
                throw DomainException.invalid("requestedDueAt", "requests.error.deadlinePast");
            }
            due = r.requestedDueAt();
        } else {
            due = Deadlines.due(c.now, rule, deadlines.calendar(), LiaisonApplication.ZONE);
        }
        c.set("sent_at", RequestStore.ts(c.now)).set("due_at", RequestStore.ts(due))
                .set("effective_due_at", RequestStore.ts(due)).set("rule_amount", rule.amount())
                .set("rule_unit", rule.unit().name())
                .set("remind_at", RequestStore.ts(Deadlines.reminderAt(c.now, due, Duration.ZERO)));
        c.audit.put("due", due);
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    /** The agreements module decides what a request may fall under; without it nothing can be sent. */
    private AgreementDirectory agreements() {
        AgreementDirectory a = agreements.get();
        if (a == null) {
            throw DomainException.conflict("requests.error.agreementsUnavailable");
        }
        return a;
    }

    private AttachmentStore requireFiles() {
        if (files == null) {
            throw DomainException.conflict("requests.error.attachmentsUnavailable");
        }
        return files;
    }

    private AgencySignatures requireSignatures() {
        if (signatures == null) {
            throw DomainException.conflict("requests.error.signaturesUnavailable");
        }
        return signatures;
    }

    static <T> T require(T value, String field) {
        if (value == null) {
            throw DomainException.invalid(field, "requests.error.required");
        }
        return value;
    }

    static String text(String value, String field, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw DomainException.invalid(field, "requests.error.required");
            }
            return null;
        }
        String s = value.strip();
        if (s.length() > max) {
            throw DomainException.invalid(field, "requests.error.tooLong", max);
        }
        return s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
