package vn.liaison.requests;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.liaison.attachments.AttachmentStore;
import vn.liaison.attachments.AttachmentView;
import vn.liaison.attachments.NewAttachment;
import vn.liaison.audit.AuditLedger;
import vn.liaison.audit.AuditRecord;
import vn.liaison.security.AccessPolicy;
import vn.liaison.security.Actor;
import vn.liaison.shared.DomainException;

/**
 * Drafting a request together with the files of its legal basis (the decision, a scan of the case file), uploaded
 * at once from the form or a multipart API call. The files go through the attachment store (size, type and
 * disguise checks, AES-GCM, content-addressed) and are linked to the request as basis documents, all in one
 * transaction with the request: a refused file leaves no request behind and a refused request no linked file.
 * Kept apart from {@link RequestService#create} so the hot JSON path stays as it is.
 */
@Service
public class BasisDocuments {

    /** More than this is not a legal basis but a case file: attach it to the answer or share it otherwise. */
    public static final int MAX_FILES = 20;

    static final String PURPOSE = "BASIS";

    private final RequestService requests;
    private final RequestStore store;
    private final RequestAccess access;
    private final AccessPolicy policy;
    private final AuditLedger ledger;
    private final ObjectProvider<AttachmentStore> files;
    private final JdbcClient jdbc;
    private final Clock clock;

    BasisDocuments(RequestService requests, RequestStore store, RequestAccess access, AccessPolicy policy,
            AuditLedger ledger, ObjectProvider<AttachmentStore> files, JdbcClient jdbc, Clock clock) {
        this.requests = requests;
        this.store = store;
        this.access = access;
        this.policy = policy;
        this.ledger = ledger;
        this.files = files;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Drafts the request and stores and links the uploaded basis files after those named by id in the command.
     * A refused file is reported on the field {@code basisFiles} with its name and the store's reason. With an
     * {@code Idempotency-Key} a retry with the same request and the same files (by content) returns the first
     * request; other content under the same key is refused (409).
     */
    @Transactional
    public RequestService.Created create(NewRequest cmd, List<NewAttachment> uploads) {
        Actor actor = policy.requireActor();
        access.requireDrafter(actor);
        if (cmd == null) {
            throw DomainException.invalid("request", "requests.error.required");
        }
        List<NewAttachment> given = uploads == null ? List.of() : uploads;
        if (given.isEmpty()) {
            return requests.create(cmd);
        }
        if (given.size() + cmd.basisAttachmentIds().size() > MAX_FILES) {
            throw DomainException.invalid("basisFiles", "requests.error.basisTooMany", MAX_FILES);
        }
        String key = cmd.idempotencyKey() == null || cmd.idempotencyKey().isBlank() ? null : cmd.idempotencyKey();
        String hash = null;
        if (key != null && key.length() <= 200) {
            hash = fingerprint(cmd, given);
            Optional<RequestRow> earlier = store.findByIdempotencyKey(actor.agencyId(), key);
            if (earlier.isPresent()) {
                if (!hash.equals(earlier.get().idempotencyHash())) {
                    throw DomainException.conflict("requests.error.idempotencyMismatch");
                }
                RequestRow r = earlier.get();
                return new RequestService.Created(r.id(), r.reference(), r.generation(), false);
            }
        }
        // The request first: its many checks are cheaper than encrypting files, and refuse more often.
        RequestService.Created created = requests.create(cmd);
        AttachmentStore fileStore = files.getIfAvailable();
        if (fileStore == null) {
            throw DomainException.conflict("requests.error.attachmentsUnavailable");
        }
        Instant now = clock.instant();
        int position = cmd.basisAttachmentIds().size() + 1;
        List<Map<String, Object>> stored = new ArrayList<>();
        for (NewAttachment file : given) {
            AttachmentView view;
            try {
                view = fileStore.store(file);
            } catch (DomainException refused) {
                throw new DomainException(refused.kind(), "basisFiles", "requests.error.basisFile",
                        file.fileName() == null ? "" : file.fileName(),
                        new DefaultMessageSourceResolvable(new String[] {refused.messageKey()}, refused.args(),
                                refused.messageKey()));
            }
            store.linkAttachment(created.id(), view.id(), PURPOSE, position++, actor.agencyId(), now);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("attachment", view.id());
            entry.put("fileName", view.fileName());
            entry.put("size", view.size());
            entry.put("sha256", view.sha256());
            stored.add(entry);
        }
        if (hash != null) {
            // the request's own fingerprint knows nothing of the uploaded files: a retry must match them too, by content
            jdbc.sql("UPDATE coordination_request SET idempotency_hash = ? WHERE id = ?").params(hash, created.id()).update();
        }
        ledger.record(AuditRecord.change("request.basisDocuments", "request", created.id(),
                Map.of("basisDocuments", cmd.basisAttachmentIds().size()),
                Map.of("basisDocuments", cmd.basisAttachmentIds().size() + stored.size(), "uploaded", stored)));
        return created;
    }

    /**
     * Whether the draft went to a parent agency of the receiver chosen (no agreement of the receiver covered the
     * kind), so the form can say so at once. Only the sending side asks; it reads no content.
     */
    @Transactional(readOnly = true)
    public boolean forwarded(UUID requestId) {
        Actor actor = policy.requireActor();
        RequestRow r = store.find(requestId).orElseThrow(() -> DomainException.notFound("request"));
        access.requireVisible(actor, r);
        return !r.routingChain().isEmpty();
    }

    /** The request as sent and the files by name and content: what makes a retry the same request. */
    static String fingerprint(NewRequest cmd, List<NewAttachment> uploads) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            StringBuilder s = new StringBuilder(cmd.fingerprint());
            for (NewAttachment f : uploads) {
                byte[] content = f.content() == null ? new byte[0] : f.content();
                s.append("|basis:").append(f.fileName()).append(':')
                        .append(HexFormat.of().formatHex(digest.digest(content)));
            }
            return RequestService.sha256(s.toString());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
