package vn.liaison.agreements;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.liaison.attachments.AttachmentStore;
import vn.liaison.attachments.AttachmentView;
import vn.liaison.attachments.NewAttachment;
import vn.liaison.audit.AuditActor;
import vn.liaison.audit.AuditLedger;
import vn.liaison.audit.AuditRecord;
import vn.liaison.organizations.AgencyDirectory;
import vn.liaison.organizations.AgencyView;
import vn.liaison.organizations.PersonView;
import vn.liaison.security.AccessPolicy;
import vn.liaison.security.Actor;
import vn.liaison.security.RecordAccess;
import vn.liaison.security.Role;
import vn.liaison.shared.Classification;
import vn.liaison.shared.DomainException;
import vn.liaison.shared.PageRequest;
import vn.liaison.shared.PageResult;

/**
 * Coordination agreements: drafting by a party's secretariat, signing, amendments as versions, termination,
 * expiry and replacement (which moves open plan tasks to the new agreement and tells the other modules).
 * Every operation checks the access policy first and writes the ledger in the same transaction.
 */
@Service
public class AgreementManagement {

    private final AgreementStore store;
    private final AgreementViews views;
    private final AgencyDirectory directory;
    private final SectorCatalog sectors;
    private final AccessPolicy policy;
    private final AuditLedger ledger;
    private final ObjectProvider<AttachmentStore> attachments;
    private final Clock clock;
    private final Replacements replacements;

    AgreementManagement(AgreementStore store, AgreementViews views, AgencyDirectory directory,
            SectorCatalog sectors, AccessPolicy policy, AuditLedger ledger, ObjectProvider<AttachmentStore> attachments, Clock clock, Replacements replacements) {
        this.store = store;
        this.views = views;
        this.directory = directory;
        this.sectors = sectors;
        this.policy = policy;
        this.ledger = ledger;
        this.attachments = attachments;
        this.clock = clock;
        this.replacements = replacements;
    }

    // ---- reading -------------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public PageResult<AgreementSummary> list(AgreementFilter filter, PageRequest page) {
        Actor actor = policy.requireActor();
        Set<String> levels = new LinkedHashSet<>();
        for (Classification c : Classification.values()) {
            if (policy.clearedFor(actor, c)) {
                levels.add(c.name());
            }
        }
        PageResult<UUID> ids = store.search(filter, actor.actingFor(), levels, page);
        return new PageResult<>(ids.items().stream().map(id -> views.summary(store.find(id).orElseThrow())).toList(),
                ids.page(), ids.size(), ids.total());
    }

    /** The agreement, when the reader's agency is a party (or a successor of one) and their clearance covers it. */
    @Transactional
    public AgreementView view(UUID id) {
        Agreement a = visible(id);
        if (a.content.classification() != Classification.UNCLASSIFIED) {
            ledger.record(AuditRecord.of("agreement.read", "agreement", id));
        }
        return views.view(a);
    }

    @Transactional(readOnly = true)
    public List<AgreementEvent> timeline(UUID id) {
        visible(id);
        return store.events(id);
    }

    @Transactional(readOnly = true)
    public List<WorkMove> moves(UUID id) {
        visible(id);
        return store.moves(id);
    }

    /** The versions, each with the fields that changed from the one before (version 1: as signed). */
    @Transactional(readOnly = true)
    public List<VersionView> versions(UUID id) {
        Agreement a = visible(id);
        Map<String, String> partyNames = new HashMap<>();
        store.parties(id).forEach(p -> partyNames.put(p.agencyId().toString(), p.nameAtSigning()));
        List<VersionView> out = new ArrayList<>();
        Map<String, String> previous = null;
        for (AgreementStore.VersionRow v : store.versions(a.id)) {
            List<VersionView.FieldChange> changes = new ArrayList<>();
            if (previous != null) {
                Set<String> keys = new LinkedHashSet<>(previous.keySet());
                keys.addAll(v.snapshot().keySet());
                for (String k : keys) {
                    String before = previous.getOrDefault(k, "");
                    String after = v.snapshot().getOrDefault(k, "");
                    if (!before.equals(after)) {
                        String[] parts = k.split("\\.");
                        boolean perParty = parts.length >= 3 && ("party".equals(parts[0]) || "focalPoint".equals(parts[0]));
                        changes.add(new VersionView.FieldChange(perParty ? parts[0] + "." + parts[2] : k,
                                perParty ? partyNames.getOrDefault(parts[1], parts[1]) : null, before, after));
                    }
                }
            }
            out.add(new VersionView(v.version(), v.summary(), v.recordedAt(), v.recordedBy(), changes));
            previous = v.snapshot();
        }
        return out;
    }

    /** The party that hosts the yearly review of that year (rotation in the order the parties are written). */
    @Transactional(readOnly = true)
    public AgreementView.Party reviewHost(UUID id, int year) {
        AgreementView v = views.view(visible(id));
        return v.parties().get(AgreementRules.reviewHostIndex(v.effectiveFrom(), year, v.parties().size()));
    }

    /** The signed text, for a reader of the agreement (the store checks its SHA-256 while reading). */
    @Transactional
    public SignedText signedText(UUID id) {
        Agreement a = visible(id);
        if (a.signedTextId == null) {
            throw DomainException.notFound("signedText");
        }
        byte[] bytes = requireAttachments().read(a.signedTextId);
        ledger.record(AuditRecord.of("agreement.signedText.read", "agreement", id));
        return new SignedText(a.signedTextName, bytes, a.signedTextSha256);
    }

    /** A file and its recorded SHA-256. */
    public record SignedText(String fileName, byte[] content, String sha256) {
    }

    // ---- drafting ------------------------------------------------------------------------------------------------

    @Transactional
    public AgreementView create(AgreementContent content) {
        Actor actor = requireSecretariatOf(content.partyIds());
        policy.requireWithinCeiling(content.classification());
        UUID id = UUID.randomUUID();
        Map<UUID, AgencyView> agencies = checkTerms(content, id);
        Agreement a = new Agreement(id, content);
        Instant now = clock.instant();
        store.insert(a, namesAndLevels(agencies, content), now, by(actor));
        store.insertEvent(id, AgreementEventKind.CREATED, now, by(actor), content.number());
        AgreementView v = views.view(store.find(id).orElseThrow());
        ledger.record(AuditRecord.change("agreement.create", "agreement", id, null, v));
        return v;
    }

    @Transactional
    public AgreementView edit(UUID id, AgreementContent content, long expectedRowVersion) {
        Agreement a = lockVisible(id);
        Actor actor = requireSecretariatOf(a.content.partyIds());
        requireSecretariatOf(content.partyIds());
        checkRowVersion(a, expectedRowVersion);
        if (!a.status.editable()) {
            throw DomainException.conflict("agreements.error.signedImmutable");
        }
        policy.requireWithinCeiling(content.classification());
        Map<UUID, AgencyView> agencies = checkTerms(content, id);
        AgreementView before = views.view(a);
        a.edit(content);
        store.update(a, namesAndLevels(agencies, content));
        store.insertEvent(id, AgreementEventKind.EDITED, clock.instant(), by(actor), null);
        AgreementView after = views.view(store.find(id).orElseThrow());
        ledger.record(AuditRecord.change("agreement.edit", "agreement", id, before, after));
        return after;
    }

    /** Stores the signed text (a draft only) and records its SHA-256 as the attachment store computed it. */
    @Transactional
    public AgreementView attachSignedText(UUID id, NewAttachment file, long expectedRowVersion) {
        Agreement a = lockVisible(id);
        Actor actor = requireSecretariatOf(a.content.partyIds());
        checkRowVersion(a, expectedRowVersion);
        if (!a.status.editable()) {
            throw DomainException.conflict("agreements.error.signedImmutable");
        }
        if (file == null || file.content() == null || file.content().length == 0) {
            throw DomainException.invalid("file", "agreements.error.required");
        }
        AttachmentView stored = requireAttachments().store(file);
        AgreementView before = views.view(a);
        a.attachSignedText(stored.id(), stored.sha256(), stored.fileName());
        store.update(a, namesAndLevels(a));
        store.insertEvent(id, AgreementEventKind.SIGNED_TEXT_ATTACHED, clock.instant(), by(actor),
                stored.fileName() + " SHA-256 " + stored.sha256());
        AgreementView after = views.view(a);
        ledger.record(AuditRecord.change("agreement.signedText", "agreement", id, before, after));
        return after;
    }

    /**
     * Signs a draft: from now on it is in force and immutable. When it replaces an older agreement, the older one
     * is marked replaced, open plan tasks move here (a recorded move each) and {@link AgreementReplaced} is published.
     */
    @Transactional
    public AgreementView sign(UUID id, LocalDate signingDate, String place, long expectedRowVersion) {
        Agreement a = lockVisible(id);
        Actor actor = requireSecretariatOf(a.content.partyIds());
        checkRowVersion(a, expectedRowVersion);
        if (signingDate == null) {
            throw DomainException.invalid("signingDate", "agreements.error.required");
        }
        if (signingDate.isAfter(LocalDate.now(clock))) {
            throw DomainException.invalid("signingDate", "agreements.error.signedInFuture");
        }
        AgreementView before = views.view(a);
        a.sign(signingDate, place);
        Map<UUID, AgencyView> agencies = checkTerms(a.content, id);
        if (a.expiryDue(LocalDate.now(clock))) {
            // Recording an agreement signed long ago whose validity already ended.
            a.status = AgreementStatus.EXPIRED;
        }
        store.update(a, namesAndLevels(agencies, a.content));
        Instant now = clock.instant();
        store.insertVersion(id, 1, "", a.content.snapshot(), now, by(actor));
        store.insertEvent(id, AgreementEventKind.SIGNED, now, by(actor), signingDate + " " + Objects.toString(place, ""));
        if (a.content.replacesId() != null) {
            replace(a, actor, now);
        }
        AgreementView after = views.view(store.find(id).orElseThrow());
        ledger.record(AuditRecord.change("agreement.sign", "agreement", id, before, after));
        return after;
    }

    private void replace(Agreement replacement, Actor actor, Instant now) {
        Agreement old = store.lock(replacement.content.replacesId())
                .orElseThrow(() -> DomainException.invalid("replacesId", "agreements.error.replacesUnknown"));
        AgreementView before = views.view(old);
        replacements.replace(old, replacement, by(actor), now);
        ledger.record(AuditRecord.change("agreement.replaced", "agreement", old.id, before, views.view(old)));
    }

    @Transactional
    public AgreementView amend(UUID id, AgreementContent content, String summary, long expectedRowVersion) {
        Agreement a = lockVisible(id);
        Actor actor = requireSecretariatOf(a.content.partyIds());
        checkRowVersion(a, expectedRowVersion);
        if (summary == null || summary.isBlank()) {
            throw DomainException.invalid("summary", "agreements.error.required");
        }
        if (a.status != AgreementStatus.IN_FORCE) {
            throw DomainException.conflict("agreements.error.amendNotInForce");
        }
        policy.requireWithinCeiling(content.classification());
        AgreementContent merged = new AgreementContent(content.number(), content.title(), content.parties(),
                a.content.signingDate(), a.content.signingPlace(), content.effectiveFrom(), content.effectiveTo(),
                content.sectors(), content.contentAreas(), content.principles(), content.forms(), content.focalPoints(),
                content.classification(), content.crossLevelReason(), a.content.replacesId());
        Map<UUID, AgencyView> agencies = checkTerms(merged, id);
        AgreementView before = views.view(a);
        a.amend(merged);
        store.update(a, namesAndLevels(agencies, a.content));
        Instant now = clock.instant();
        store.insertVersion(id, a.version, summary.strip(), a.content.snapshot(), now, by(actor));
        store.insertEvent(id, AgreementEventKind.AMENDED, now, by(actor), "v" + a.version + ": " + summary.strip());
        AgreementView after = views.view(a);
        ledger.record(AuditRecord.change("agreement.amend", "agreement", id, before, after));
        return after;
    }

    @Transactional
    public AgreementView terminate(UUID id, LocalDate on, String reason, long expectedRowVersion) {
        Agreement a = lockVisible(id);
        Actor actor = policy.requireRole(Role.SECRETARIAT, Role.LEADER);
        requireParty(actor, a);
        checkRowVersion(a, expectedRowVersion);
        AgreementView before = views.view(a);
        a.terminate(on, reason);
        store.update(a, namesAndLevels(a));
        store.insertEvent(id, AgreementEventKind.TERMINATED, clock.instant(), by(actor), on + ": " + reason.strip());
        AgreementView after = views.view(a);
        ledger.record(AuditRecord.change("agreement.terminate", "agreement", id, before, after));
        return after;
    }

    /** Marks every agreement whose last day has passed as expired (the daily job; safe to run again). */
    @Transactional
    public int expireDue() {
        LocalDate today = LocalDate.now(clock);
        int n = 0;
        for (UUID id : store.expiryDue(today)) {
            Agreement a = store.lock(id).orElseThrow();
            if (!a.expiryDue(today)) {
                continue;
            }
            String before = a.status.name();
            a.expire(today);
            store.update(a, namesAndLevels(a));
            store.insertEvent(id, AgreementEventKind.EXPIRED, clock.instant(), "system", String.valueOf(a.content.effectiveTo()));
            ledger.record(AuditActor.system(), AuditRecord.change("agreement.expire", "agreement", id,
                    Map.of("status", before), Map.of("status", a.status.name())));
            n++;
        }
        return n;
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    Agreement visible(UUID id) {
        Agreement a = store.find(id).orElseThrow(() -> DomainException.notFound("agreement"));
        policy.requireVisible(access(a));
        return a;
    }

    private Agreement lockVisible(UUID id) {
        Agreement a = store.lock(id).orElseThrow(() -> DomainException.notFound("agreement"));
        policy.requireVisible(access(a));
        return a;
    }

    static RecordAccess access(Agreement a) {
        return RecordAccess.agencyWide(Set.copyOf(a.content.partyIds()), a.content.classification());
    }

    private Actor requireSecretariatOf(List<UUID> parties) {
        Actor actor = policy.requireRole(Role.SECRETARIAT);
        if (!policy.isParty(actor, parties)) {
            throw new AccessDeniedException("secretariat of a party required");
        }
        return actor;
    }

    private void requireParty(Actor actor, Agreement a) {
        if (!policy.isParty(actor, a.content.partyIds())) {
            throw new AccessDeniedException("party required");
        }
    }

    private static void checkRowVersion(Agreement a, long expected) {
        if (expected >= 0 && a.rowVersion != expected) {
            throw new DomainException(DomainException.Kind.PRECONDITION_FAILED, "agreements.error.stale");
        }
    }

    private Map<UUID, AgencyView> checkTerms(AgreementContent content, UUID id) {
        Map<UUID, AgencyView> agencies = directory.agencies(content.partyIds());
        AgreementRules.check(content, agencies, sectors.codes());
        for (FocalPointAssignment f : content.focalPoints()) {
            PersonView p = directory.person(f.personId()).orElse(null);
            if (p == null || !p.agencyId().equals(f.agencyId())) {
                throw DomainException.invalid("focalPoints", "agreements.error.focalPoint");
            }
        }
        if (content.replacesId() != null) {
            Agreement old = store.find(content.replacesId())
                    .orElseThrow(() -> DomainException.invalid("replacesId", "agreements.error.replacesUnknown"));
            AgreementRules.checkReplacement(id, content.replacesId(), store::replacesOf);
            AgreementRules.checkReplaceable(old.status, old.replacedById, id);
            Actor actor = policy.requireActor();
            if (!policy.isParty(actor, old.content.partyIds())) {
                throw DomainException.invalid("replacesId", "agreements.error.replacesOthers");
            }
        }
        return agencies;
    }

    /** Names and levels as the agencies were recorded when the terms were written (kept if already stored). */
    private Map<UUID, String[]> namesAndLevels(Map<UUID, AgencyView> agencies, AgreementContent content) {
        Map<UUID, String[]> m = new HashMap<>();
        for (UUID p : content.partyIds()) {
            AgencyView v = agencies.get(p);
            m.put(p, new String[] {v.nameVi(), v.level().name()});
        }
        return m;
    }

    private Map<UUID, String[]> namesAndLevels(Agreement a) {
        Map<UUID, String[]> m = new HashMap<>();
        store.parties(a.id).forEach(p -> m.put(p.agencyId(), new String[] {p.nameAtSigning(), p.level()}));
        return m;
    }

    private AttachmentStore requireAttachments() {
        AttachmentStore s = attachments.getIfAvailable();
        if (s == null) {
            throw DomainException.conflict("agreements.error.attachmentsUnavailable");
        }
        return s;
    }

    static String by(Actor actor) {
        return actor.displayName() + (actor.agencyName() == null ? "" : " (" + actor.agencyName() + ")");
    }
}
