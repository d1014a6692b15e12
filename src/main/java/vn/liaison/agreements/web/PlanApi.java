package vn.liaison.agreements.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import vn.liaison.agreements.AgreementDocuments;
import vn.liaison.agreements.PlanManagement;
import vn.liaison.agreements.PlanStatus;
import vn.liaison.agreements.PlanView;
import vn.liaison.agreements.TaskView;
import vn.liaison.security.AccessPolicy;
import vn.liaison.security.ApiScope;
import vn.liaison.shared.DomainException;

/** Yearly plans over the API: create, read, tasks, sign-offs of each party, status, exports. */
@RestController
@RequestMapping("/api/v1/plans")
@Tag(name = "Plans", description = "Yearly coordination plans (kế hoạch phối hợp) and their approval")
class PlanApi {

    private final PlanManagement plans;
    private final AgreementDocuments documents;
    private final AccessPolicy policy;

    PlanApi(PlanManagement plans, AgreementDocuments documents, AccessPolicy policy) {
        this.plans = plans;
        this.documents = documents;
        this.policy = policy;
    }

    @PostMapping
    @Operation(summary = "Create the plan of a year under an agreement in force (secretariat of a party)")
    ResponseEntity<PlanView> create(@Valid @RequestBody ApiRequests.PlanRequest body) {
        policy.requireScope(ApiScope.AGREEMENTS_WRITE);
        PlanView v = plans.create(body.agreementId(), body.year(), body.title());
        return ResponseEntity.created(URI.create("/api/v1/plans/" + v.id())).eTag(Etags.tag(v.rowVersion())).body(v);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A plan with its sign-offs and tasks")
    ResponseEntity<PlanView> get(@PathVariable UUID id) {
        policy.requireScope(ApiScope.AGREEMENTS_READ);
        PlanView v = plans.plan(id);
        return Etags.ok(v, v.rowVersion());
    }

    @GetMapping("/{id}/tasks")
    @Operation(summary = "The plan's tasks, overdue ones flagged")
    List<TaskView> tasks(@PathVariable UUID id) {
        policy.requireScope(ApiScope.AGREEMENTS_READ);
        return plans.plan(id).tasks();
    }

    @PostMapping("/{id}/tasks")
    @Operation(summary = "Add a task; after approval it waits for a leader of each party")
    ResponseEntity<TaskView> addTask(@PathVariable UUID id, @Valid @RequestBody ApiRequests.TaskRequest body) {
        policy.requireScope(ApiScope.AGREEMENTS_WRITE);
        TaskView t = plans.addTask(id, body.terms());
        return ResponseEntity.created(URI.create("/api/v1/tasks/" + t.id())).eTag(Etags.tag(t.rowVersion())).body(t);
    }

    @GetMapping("/{id}/approvals")
    @Operation(summary = "Each party's sign-off (null where awaited)")
    List<PlanView.PartyApproval> approvals(@PathVariable UUID id) {
        policy.requireScope(ApiScope.AGREEMENTS_READ);
        return plans.plan(id).approvals();
    }

    @PostMapping("/{id}/approvals")
    @Operation(summary = "A leader signs the plan off for their party; approved when every party has")
    ResponseEntity<PlanView> approve(@PathVariable UUID id, @RequestBody(required = false) ApiRequests.ApprovalRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        policy.requireScope(ApiScope.AGREEMENTS_WRITE);
        Long bodyVersion = body == null ? null : body.rowVersion();
        long expected = ifMatch == null && bodyVersion == null ? -1 : Etags.expected(ifMatch, bodyVersion);
        PlanView v = plans.approve(id, body == null ? null : body.partyId(), expected);
        return Etags.ok(v, v.rowVersion());
    }

    @PostMapping("/{id}/submission")
    @Operation(summary = "Ask the leaders still to approve to sign the draft off (notified)")
    PlanView submit(@PathVariable UUID id) {
        policy.requireScope(ApiScope.AGREEMENTS_WRITE);
        return plans.submit(id);
    }

    @PostMapping("/{id}/status")
    @Operation(summary = "Move an approved plan to IN_PROGRESS, or an ongoing one to CLOSED")
    PlanView status(@PathVariable UUID id, @Valid @RequestBody ApiRequests.PlanStatusRequest body) {
        policy.requireScope(ApiScope.AGREEMENTS_WRITE);
        if (body.status() == PlanStatus.IN_PROGRESS) {
            return plans.start(id);
        }
        if (body.status() == PlanStatus.CLOSED) {
            return plans.close(id);
        }
        throw DomainException.invalid("status", "agreements.error.planStatusTarget");
    }

    @GetMapping("/{id}/document")
    @Operation(summary = "The plan as an official document (KẾ HOẠCH, code KH) in docx or pdf, or its progress as xlsx")
    ResponseEntity<byte[]> document(@PathVariable UUID id, @RequestParam(defaultValue = "pdf") String format) {
        policy.requireScope(ApiScope.AGREEMENTS_READ);
        if ("xlsx".equalsIgnoreCase(format)) {
            AgreementDocuments.Exported e = documents.progress(id);
            return AgreementApi.file(e.baseName() + ".xlsx", e.content(),
                    MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        }
        boolean pdf = !"docx".equalsIgnoreCase(format);
        return AgreementApi.export(documents.plan(id, pdf), pdf);
    }
}
