package vn.liaison.agreements.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import vn.liaison.agreements.AgreementDocuments;
import vn.liaison.agreements.AgreementEvent;
import vn.liaison.agreements.AgreementFilter;
import vn.liaison.agreements.AgreementManagement;
import vn.liaison.agreements.AgreementStatus;
import vn.liaison.agreements.AgreementSummary;
import vn.liaison.agreements.AgreementView;
import vn.liaison.agreements.PlanManagement;
import vn.liaison.agreements.PlanSummary;
import vn.liaison.agreements.VersionView;
import vn.liaison.agreements.WorkMove;
import vn.liaison.attachments.NewAttachment;
import vn.liaison.security.AccessPolicy;
import vn.liaison.security.ApiScope;
import vn.liaison.shared.PageRequest;
import vn.liaison.shared.PageResult;

/** Coordination agreements over the API: list, read, draft, sign, amend (versions), terminate, export. */
@RestController
@RequestMapping("/api/v1/agreements")
@Tag(name = "Agreements", description = "Coordination agreements (quy chế phối hợp) and their life")
class AgreementApi {

    private final AgreementManagement agreements;
    private final PlanManagement plans;
    private final AgreementDocuments documents;
    private final AccessPolicy policy;

    AgreementApi(AgreementManagement agreements, PlanManagement plans, AgreementDocuments documents, AccessPolicy policy) {
        this.agreements = agreements;
        this.plans = plans;
        this.documents = documents;
        this.policy = policy;
    }

    @GetMapping
    @Operation(summary = "Agreements the caller's agency is a party to, filtered and paged")
    PageResult<AgreementSummary> list(@RequestParam(required = false) UUID party,
            @RequestParam(required = false) AgreementStatus status, @RequestParam(required = false) String sector,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        policy.requireScope(ApiScope.AGREEMENTS_READ);
        return agreements.list(new AgreementFilter(party, status, sector, year, q), PageRequest.of(page, size));
    }

    @PostMapping
    @Operation(summary = "Draft an agreement (secretariat of a party)")
    ResponseEntity<AgreementView> create(@Valid @RequestBody ApiRequests.AgreementRequest body) {
        policy.requireScope(ApiScope.AGREEMENTS_WRITE);
        AgreementView v = agreements.create(body.content());
        return ResponseEntity.created(URI.create("/api/v1/agreements/" + v.id())).eTag(Etags.tag(v.rowVersion())).body(v);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One agreement, with an ETag for updates")
    ResponseEntity<AgreementView> get(@PathVariable UUID id) {
        policy.requireScope(ApiScope.AGREEMENTS_READ);
        AgreementView v = agreements.view(id);
        return Etags.ok(v, v.rowVersion());
    }

    @PutMapping("/{id}")
    @Operation(summary = "Edit a draft (refused once signed); If-Match or rowVersion required")
    ResponseEntity<AgreementView> edit(@PathVariable UUID id, @Valid @RequestBody ApiRequests.AgreementRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        policy.requireScope(ApiScope.AGREEMENTS_WRITE);
        AgreementView v = agreements.edit(id, body.content(), Etags.expected(ifMatch, body.rowVersion()));
        return Etags.ok(v, v.rowVersion());
    }

    @PostMapping("/{id}/signature")
    @Operation(summary = "Record the signing: the draft comes into force and becomes immutable")
    ResponseEntity<AgreementView> sign(@PathVariable UUID id, @Valid @RequestBody ApiRequests.SignatureRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        policy.requireScope(ApiScope.AGREEMENTS_WRITE);
        AgreementView v = agreements.sign(id, body.signingDate(), body.signingPlace(),
                Etags.expected(ifMatch, body.rowVersion()));
        return Etags.ok(v, v.rowVersion());
    }

    @PostMapping("/{id}/signed-text")
    @Operation(summary = "Attach the signed text to a draft; its SHA-256 is recorded")
    ResponseEntity<AgreementView> attach(@PathVariable UUID id, @RequestParam(value = "file", required = false) MultipartFile file,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestParam(required = false) Long rowVersion) throws java.io.IOException {
        policy.requireScope(ApiScope.AGREEMENTS_WRITE);
        AgreementView v = agreements.attachSignedText(id, file == null ? null
                : new NewAttachment(file.getOriginalFilename(), file.getContentType(), file.getBytes()),
                ifMatch == null && rowVersion == null ? -1 : Etags.expected(ifMatch, rowVersion));
        return Etags.ok(v, v.rowVersion());
    }

    @GetMapping("/{id}/signed-text")
    @Operation(summary = "Download the signed text (checked against its SHA-256)")
    ResponseEntity<byte[]> signedText(@PathVariable UUID id) {
        policy.requireScope(ApiScope.AGREEMENTS_READ);
        AgreementManagement.SignedText t = agreements.signedText(id);
        return file(t.fileName(), t.content(), MediaType.APPLICATION_OCTET_STREAM);
    }

    @GetMapping("/{id}/versions")
    @Operation(summary = "Versions with the fields that changed from the previous one")
    List<VersionView> versions(@PathVariable UUID id) {
        policy.requireScope(ApiScope.AGREEMENTS_READ);
        return agreements.versions(id);
    }

    @PostMapping("/{id}/versions")
    @Operation(summary = "Amend an agreement in force: a new version with a summary of what changed")
    ResponseEntity<AgreementView> amend(@PathVariable UUID id, @Valid @RequestBody ApiRequests.AgreementRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        policy.requireScope(ApiScope.AGREEMENTS_WRITE);
        AgreementView v = agreements.amend(id, body.content(), body.summary(), Etags.expected(ifMatch, body.rowVersion()));
        return Etags.ok(v, v.rowVersion());
    }

    @PostMapping("/{id}/termination")
    @Operation(summary = "Terminate an agreement in force, with the date and reason")
    ResponseEntity<AgreementView> terminate(@PathVariable UUID id, @Valid @RequestBody ApiRequests.TerminationRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        policy.requireScope(ApiScope.AGREEMENTS_WRITE);
        AgreementView v = agreements.terminate(id, body.terminatedOn(), body.reason(),
                Etags.expected(ifMatch, body.rowVersion()));
        return Etags.ok(v, v.rowVersion());
    }

    @GetMapping("/{id}/timeline")
    @Operation(summary = "The agreement's life: created, edited, signed, amended, replaced, terminated, expired")
    List<AgreementEvent> timeline(@PathVariable UUID id) {
        policy.requireScope(ApiScope.AGREEMENTS_READ);
        return agreements.timeline(id);
    }

    @GetMapping("/{id}/moves")
    @Operation(summary = "Open work moved from or to this agreement on replacement")
    List<WorkMove> moves(@PathVariable UUID id) {
        policy.requireScope(ApiScope.AGREEMENTS_READ);
        return agreements.moves(id);
    }

    @GetMapping("/{id}/review-host")
    @Operation(summary = "The party that hosts the yearly review of a year (rotation)")
    AgreementView.Party reviewHost(@PathVariable UUID id, @RequestParam int year) {
        policy.requireScope(ApiScope.AGREEMENTS_READ);
        return agreements.reviewHost(id, year);
    }

    @GetMapping("/{id}/plans")
    @Operation(summary = "The agreement's yearly plans")
    List<PlanSummary> plans(@PathVariable UUID id) {
        policy.requireScope(ApiScope.AGREEMENTS_READ);
        return plans.plans(id);
    }

    @GetMapping("/{id}/document")
    @Operation(summary = "The agreement as an official document (QUY CHẾ, Decree 30 layout): format docx or pdf")
    ResponseEntity<byte[]> document(@PathVariable UUID id, @RequestParam(defaultValue = "pdf") String format) {
        policy.requireScope(ApiScope.AGREEMENTS_READ);
        boolean pdf = !"docx".equalsIgnoreCase(format);
        AgreementDocuments.Exported e = documents.agreement(id, pdf);
        return export(e, pdf);
    }

    static ResponseEntity<byte[]> export(AgreementDocuments.Exported e, boolean pdf) {
        return file(e.baseName() + (pdf ? ".pdf" : ".docx"), e.content(), pdf ? MediaType.APPLICATION_PDF
                : MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
    }

    static ResponseEntity<byte[]> file(String name, byte[] content, MediaType type) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .contentType(type).body(content);
    }
}
