package vn.liaison.agreements.web;

import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import vn.liaison.agreements.PlanManagement;
import vn.liaison.agreements.ProgressCommand;
import vn.liaison.agreements.ProgressReport;
import vn.liaison.agreements.TaskView;
import vn.liaison.security.AccessPolicy;
import vn.liaison.security.ApiScope;

/** Plan tasks over the API: read, change in a draft, sign-offs of tasks added later, progress reports. */
@RestController
@RequestMapping("/api/v1/tasks")
@Tag(name = "Plan tasks", description = "Tasks of yearly plans and their progress")
class TaskApi {

    private final PlanManagement plans;
    private final AccessPolicy policy;

    TaskApi(PlanManagement plans, AccessPolicy policy) {
        this.plans = plans;
        this.policy = policy;
    }

    @GetMapping("/mine")
    @Operation(summary = "Tasks where the caller's agency leads or supports")
    List<TaskView> mine(@RequestParam(defaultValue = "false") boolean open) {
        policy.requireScope(ApiScope.AGREEMENTS_READ);
        return plans.myTasks(open);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A task with its progress reports")
    ResponseEntity<TaskView> get(@PathVariable UUID id) {
        policy.requireScope(ApiScope.AGREEMENTS_READ);
        TaskView t = plans.task(id);
        return Etags.ok(t, t.rowVersion());
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a task of a draft plan (voids sign-offs given so far)")
    ResponseEntity<TaskView> update(@PathVariable UUID id, @Valid @RequestBody ApiRequests.TaskRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        policy.requireScope(ApiScope.AGREEMENTS_WRITE);
        TaskView t = plans.updateTask(id, body.terms(), Etags.expected(ifMatch, body.rowVersion()));
        return Etags.ok(t, t.rowVersion());
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Remove a task from a draft plan")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        policy.requireScope(ApiScope.AGREEMENTS_WRITE);
        plans.removeTask(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/approvals")
    @Operation(summary = "A leader signs off a task added after approval, for their party")
    TaskView approve(@PathVariable UUID id, @RequestBody(required = false) ApiRequests.ApprovalRequest body) {
        policy.requireScope(ApiScope.AGREEMENTS_WRITE);
        return plans.approveTask(id, body == null ? null : body.partyId());
    }

    @PostMapping("/{id}/cancellation")
    @Operation(summary = "A leader of a party cancels a task that will not be carried out, with the reason")
    TaskView cancel(@PathVariable UUID id, @Valid @RequestBody ApiRequests.CancellationRequest body) {
        policy.requireScope(ApiScope.AGREEMENTS_WRITE);
        return plans.cancelTask(id, body.reason());
    }

    @GetMapping("/{id}/progress")
    @Operation(summary = "The task's dated progress reports, newest first")
    List<ProgressReport> progress(@PathVariable UUID id) {
        policy.requireScope(ApiScope.AGREEMENTS_READ);
        return plans.task(id).progress();
    }

    @PostMapping("/{id}/progress")
    @Operation(summary = "Report progress (officer or leader of the lead or a supporting agency)")
    TaskView report(@PathVariable UUID id, @Valid @RequestBody ApiRequests.ProgressRequest body) {
        policy.requireScope(ApiScope.AGREEMENTS_WRITE);
        return plans.report(id, new ProgressCommand(body.reportedOn(), body.percent(), body.note(), List.of()));
    }
}
