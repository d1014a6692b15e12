package vn.liaison.requests.web;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.liaison.attachments.NewAttachment;
import vn.liaison.requests.AnswerCommand;
import vn.liaison.requests.BasisDocuments;
import vn.liaison.requests.IdentifierInput;
import vn.liaison.requests.InboxFilter;
import vn.liaison.requests.InboxTab;
import vn.liaison.requests.NewRequest;
import vn.liaison.requests.RequestAction;
import vn.liaison.requests.RequestKind;
import vn.liaison.requests.RequestQueries;
import vn.liaison.requests.RequestService;
import vn.liaison.requests.RequestStatistics;
import vn.liaison.requests.RequestStatus;
import vn.liaison.requests.RequestSummary;
import vn.liaison.requests.RequestView;
import vn.liaison.requests.Urgency;
import vn.liaison.security.AccessPolicy;
import vn.liaison.security.ApiScope;
import vn.liaison.shared.DomainException;
import vn.liaison.shared.PageRequest;
import vn.liaison.shared.PageResult;

/**
 * The whole life of a request for an operator's own system. {@code ETag} is the generation; every change needs
 * {@code If-Match} (missing: 428; stale: 412). Creation takes an {@code Idempotency-Key}: a retry with the same
 * body returns the first request (200), a different body under the same key is refused (409).
 */
@RestController
@RequestMapping("/api/v1/requests")
@Tag(name = "Requests", description = "Coordination requests: lookup, verification, forensic assessment, evidence, information exchange")
class RequestApiController {

    private final RequestService service;
    private final RequestQueries queries;
    private final RequestStatistics statistics;
    private final AccessPolicy policy;
    private final BasisDocuments basisDocuments;

    RequestApiController(RequestService service, RequestQueries queries, RequestStatistics statistics, AccessPolicy policy,
            BasisDocuments basisDocuments) {
        this.service = service;
        this.basisDocuments = basisDocuments;
        this.queries = queries;
        this.statistics = statistics;
        this.policy = policy;
    }

    @GetMapping
    @Operation(summary = "List requests of a tab (INCOMING by default), filtered and paged")
    PageResult<RequestSummary> list(@RequestParam(defaultValue = "INCOMING") InboxTab tab,
            @RequestParam(required = false) RequestKind kind, @RequestParam(required = false) RequestStatus status,
            @RequestParam(required = false) UUID agency, @RequestParam(required = false) Urgency urgency,
            @RequestParam(required = false) Boolean overdue, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to, @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        policy.requireScope(ApiScope.REQUESTS_READ);
        return queries.inbox(tab, new InboxFilter(kind, status, agency, urgency, overdue, from, to, q), PageRequest.of(page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One request as the caller may see it; ETag is its generation")
    ResponseEntity<RequestView> get(@PathVariable UUID id) {
        policy.requireScope(ApiScope.REQUESTS_READ);
        RequestView view = queries.view(id);
        return ResponseEntity.ok().eTag(etag(view.generation())).body(view);
    }

    @GetMapping("/statistics")
    @Operation(summary = "Counts, time to answer (median, 90th percentile) and share on time for a period")
    RequestStatistics.Figures statistics(@RequestParam LocalDate from, @RequestParam LocalDate to) {
        policy.requireScope(ApiScope.REQUESTS_READ);
        return statistics.figures(from, to);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Draft a request; with Idempotency-Key a retry returns the first request")
    ResponseEntity<ApiBodies.CreatedBody> create(@RequestBody ApiBodies.CreateBody body,
            @Parameter(description = "a unique key per intended request") @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        policy.requireScope(ApiScope.REQUESTS_WRITE);
        List<IdentifierInput> ids = body.identifiers() == null ? List.of()
                : body.identifiers().stream().map(i -> new IdentifierInput(i.type(), i.value(), i.qualifier())).toList();
        RequestService.Created c = service.create(new NewRequest(body.kind(), body.senderUnitId(), body.receiverAgencyId(),
                body.receiverUnitId(), body.subject(), body.details(), body.basis(), body.classification(), body.urgency(),
                body.requestedDueAt(), body.internalNote(), body.windowFrom(), body.windowTo(), ids, body.questions(),
                body.items(), body.basisAttachmentIds(), key));
        ApiBodies.CreatedBody out = new ApiBodies.CreatedBody(c.id(), c.reference(), c.generation());
        if (c.created()) {
            return ResponseEntity.created(URI.create("/api/v1/requests/" + c.id())).eTag(etag(c.generation())).body(out);
        }
        return ResponseEntity.ok().eTag(etag(c.generation())).body(out);
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Draft a request with its basis documents: the request as a JSON part named 'request', "
            + "the files (decision, case file scan) as parts named 'basis'; with Idempotency-Key a retry with the same "
            + "request and the same files returns the first request")
    ResponseEntity<ApiBodies.CreatedBody> createWithBasis(
            @RequestPart(name = "request", required = false) ApiBodies.CreateBody body,
            @RequestPart(name = "basis", required = false) List<MultipartFile> parts,
            @Parameter(description = "a unique key per intended request") @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        policy.requireScope(ApiScope.REQUESTS_WRITE);
        List<NewAttachment> files = attachments(parts, "basis");
        // a missing 'request' part is refused by the service, after the drafter check (403 before 422)
        RequestService.Created c;
        try {
            c = basisDocuments.create(body == null ? null : command(body, key), files);
        } catch (DomainException e) {
            if ("basisFiles".equals(e.field())) {
                // named after the API's part, not the form's field
                throw new DomainException(e.kind(), "basis", e.messageKey(), e.args());
            }
            throw e;
        }
        ApiBodies.CreatedBody out = new ApiBodies.CreatedBody(c.id(), c.reference(), c.generation());
        if (c.created()) {
            return ResponseEntity.created(URI.create("/api/v1/requests/" + c.id())).eTag(etag(c.generation())).body(out);
        }
        return ResponseEntity.ok().eTag(etag(c.generation())).body(out);
    }

    private static NewRequest command(ApiBodies.CreateBody body, String key) {
        List<IdentifierInput> ids = body.identifiers() == null ? List.of()
                : body.identifiers().stream().map(i -> new IdentifierInput(i.type(), i.value(), i.qualifier())).toList();
        return new NewRequest(body.kind(), body.senderUnitId(), body.receiverAgencyId(), body.receiverUnitId(),
                body.subject(), body.details(), body.basis(), body.classification(), body.urgency(), body.requestedDueAt(),
                body.internalNote(), body.windowFrom(), body.windowTo(), ids, body.questions(), body.items(),
                body.basisAttachmentIds(), key);
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Submit a draft for the leader's approval")
    ResponseEntity<?> submit(@PathVariable UUID id, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return change(id, RequestAction.SUBMIT, ifMatch, g -> service.submit(id, g));
    }

    @PostMapping("/{id}/approve")
    @Operation(summary = "Approve (a leader of the sending agency): the request is sent, or an emergency's approval is recorded")
    ResponseEntity<?> approve(@PathVariable UUID id, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return change(id, RequestAction.APPROVE, ifMatch, g -> service.approve(id, g));
    }

    @PostMapping("/{id}/send-before-approval")
    @Operation(summary = "Send an emergency request before approval")
    ResponseEntity<?> sendBeforeApproval(@PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return change(id, RequestAction.SEND_BEFORE_APPROVAL, ifMatch, g -> service.sendBeforeApproval(id, g));
    }

    @PostMapping("/{id}/acknowledge")
    @Operation(summary = "Acknowledge receipt (receiver)")
    ResponseEntity<?> acknowledge(@PathVariable UUID id, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return change(id, RequestAction.ACKNOWLEDGE, ifMatch, g -> service.acknowledge(id, g));
    }

    @PostMapping(path = "/{id}/assign", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Assign to a person of the receiving agency")
    ResponseEntity<?> assign(@PathVariable UUID id, @RequestBody ApiBodies.AssignBody body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return change(id, RequestAction.ASSIGN, ifMatch, g -> service.assign(id, g, body.personId()));
    }

    @PostMapping(path = "/{id}/answer", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Answer with results per task, text and base64 attachments; signed by the receiving agency")
    ResponseEntity<?> answer(@PathVariable UUID id, @RequestBody ApiBodies.AnswerBody body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        List<NewAttachment> files = new ArrayList<>();
        if (body.attachments() != null) {
            for (ApiBodies.FileBody f : body.attachments()) {
                try {
                    files.add(new NewAttachment(f.fileName(), f.contentType(), Base64.getDecoder().decode(f.base64() == null ? "" : f.base64())));
                } catch (IllegalArgumentException e) {
                    throw DomainException.invalid("attachments", "requests.error.base64");
                }
            }
        }
        AnswerCommand cmd = new AnswerCommand(body.outcome(), body.refusalReason(), body.refusalText(),
                body.results() == null ? List.of() : body.results().stream()
                        .map(r -> new AnswerCommand.TaskAnswer(r.position(), r.result(), r.text())).toList(),
                body.text(), files);
        return change(id, RequestAction.ANSWER, ifMatch, g -> service.answer(id, g, cmd));
    }

    @PostMapping(path = "/{id}/answer", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Answer with the answer as a JSON part named 'answer' and files as parts named 'files'")
    ResponseEntity<?> answerMultipart(@PathVariable UUID id, @RequestPart("answer") ApiBodies.AnswerBody body,
            @RequestPart(name = "files", required = false) List<MultipartFile> parts,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        List<NewAttachment> files = attachments(parts, "files");
        AnswerCommand cmd = new AnswerCommand(body.outcome(), body.refusalReason(), body.refusalText(),
                body.results() == null ? List.of() : body.results().stream()
                        .map(r -> new AnswerCommand.TaskAnswer(r.position(), r.result(), r.text())).toList(),
                body.text(), files);
        return change(id, RequestAction.ANSWER, ifMatch, g -> service.answer(id, g, cmd));
    }

    @PostMapping(path = "/{id}/return", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Return for clarification (receiver): the clock pauses")
    ResponseEntity<?> returnForClarification(@PathVariable UUID id, @RequestBody ApiBodies.ReasonBody body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return change(id, RequestAction.RETURN_FOR_CLARIFICATION, ifMatch, g -> service.returnForClarification(id, g, body.reason()));
    }

    @PostMapping(path = "/{id}/resubmit", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Answer the clarification and send again (sender): the clock resumes")
    ResponseEntity<?> resubmit(@PathVariable UUID id, @RequestBody ApiBodies.ReasonBody body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return change(id, RequestAction.RESUBMIT, ifMatch, g -> service.resubmit(id, g, body.reason()));
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "Close an answered request (sender)")
    ResponseEntity<?> close(@PathVariable UUID id, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return change(id, RequestAction.CLOSE, ifMatch, g -> service.close(id, g));
    }

    @PostMapping(path = "/{id}/cancel", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Cancel before the answer (sender)")
    ResponseEntity<?> cancel(@PathVariable UUID id, @RequestBody ApiBodies.ReasonBody body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return change(id, RequestAction.CANCEL, ifMatch, g -> service.cancel(id, g, body.reason()));
    }

    @PostMapping(path = "/{id}/comments", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Comment (internal comments stay inside the author's agency)")
    ResponseEntity<Void> comment(@PathVariable UUID id, @RequestBody ApiBodies.CommentBody body) {
        policy.requireScope(ApiScope.REQUESTS_WRITE);
        service.comment(id, body.body(), Boolean.TRUE.equals(body.internal()));
        return ResponseEntity.status(HttpStatus.CREATED).build();
    }

    interface Step {
        long apply(long expectedGeneration);
    }

    private ResponseEntity<?> change(UUID id, RequestAction action, String ifMatch, Step step) {
        policy.requireScope(ApiScope.REQUESTS_WRITE);
        if (ifMatch == null || ifMatch.isBlank()) {
            // who may not act at all learns that first (403), not that a header is missing
            service.requireAllowed(id, action);
            ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_REQUIRED,
                    "If-Match with the request's ETag (generation) is required");
            pd.setProperty("code", "requests.error.ifMatchRequired");
            return ResponseEntity.status(HttpStatus.PRECONDITION_REQUIRED).body(pd);
        }
        long expected = parseEtag(ifMatch);
        long generation = step.apply(expected);
        RequestView view = queries.view(id);
        return ResponseEntity.ok().eTag(etag(generation)).body(view);
    }

    static String etag(long generation) {
        return "\"" + generation + "\"";
    }

    static long parseEtag(String ifMatch) {
        String s = ifMatch.strip();
        if (s.startsWith("W/")) {
            s = s.substring(2);
        }
        s = s.replace("\"", "");
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw new DomainException(DomainException.Kind.PRECONDITION_FAILED, "requests.error.stale", s, "?");
        }
    }


    /** The uploaded parts as attachments to store; an unreadable part is refused on its field. */
    private static List<NewAttachment> attachments(List<MultipartFile> parts, String field) {
        List<NewAttachment> files = new ArrayList<>();
        if (parts != null) {
            for (MultipartFile p : parts) {
                try {
                    files.add(new NewAttachment(p.getOriginalFilename(), p.getContentType(), p.getBytes()));
                } catch (IOException e) {
                    throw DomainException.invalid(field, "requests.error.upload");
                }
            }
        }
        return files;
    }
}
