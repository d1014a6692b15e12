package vn.liaison.audit.web;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import vn.liaison.audit.InvalidLedgerFilter;
import vn.liaison.audit.LedgerAccess;
import vn.liaison.audit.LedgerEntry;
import vn.liaison.audit.LedgerFilter;
import vn.liaison.audit.LedgerReader;
import vn.liaison.audit.LedgerScope;
import vn.liaison.audit.LedgerVerifier;
import vn.liaison.audit.Verification;
import vn.liaison.shared.PageRequest;
import vn.liaison.shared.PageResult;

/** The ledger for auditors' tools: browse, read, verify and export, with the same scope rules as the screens. */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit ledger", description = "The append-only, hash-chained ledger of every change, classified read, export and sign-in")
class LedgerApi {

    private final LedgerAccess access;
    private final LedgerReader reader;
    private final LedgerVerifier verifier;
    private final MessageSource messages;
    private final Clock clock;

    LedgerApi(LedgerAccess access, LedgerReader reader, LedgerVerifier verifier, MessageSource messages, Clock clock) {
        this.access = access;
        this.reader = reader;
        this.verifier = verifier;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/entries")
    @Operation(summary = "Ledger entries, newest first, filtered and paged",
            description = "An agency's auditor sees the entries of their agency; a system administrator's auditor sees all. "
                    + "Dates are Vietnam dates (yyyy-MM-dd), both ends included; `action` matches the start of the action.")
    PageResult<LedgerEntry> entries(
            @Parameter(description = "first day (yyyy-MM-dd)") @RequestParam(required = false) String from,
            @Parameter(description = "last day (yyyy-MM-dd)") @RequestParam(required = false) String to,
            @Parameter(description = "part of the actor's name") @RequestParam(required = false) String actor,
            @Parameter(description = "agency id") @RequestParam(required = false) String agency,
            @Parameter(description = "start of the action, e.g. agency.") @RequestParam(required = false) String action,
            @RequestParam(required = false) String targetType, @RequestParam(required = false) String targetId,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        LedgerScope scope = access.requireLedgerReader();
        LedgerFilter filter = LedgerFilter.parse(from, to, actor, agency, action, targetType, targetId);
        return reader.browse(scope, filter, PageRequest.of(page, size));
    }

    @GetMapping("/entries/{id}")
    @Operation(summary = "One ledger entry with its chain position and hashes")
    LedgerEntry entry(@PathVariable long id) {
        LedgerScope scope = access.requireLedgerReader();
        return reader.entry(scope, id);
    }

    @PostMapping("/verifications")
    @Operation(summary = "Verify every chain now", description = "Recomputes every hash and link; the run is kept and recorded in the ledger.")
    Verification verify() {
        LedgerScope scope = access.requireLedgerReader();
        return verifier.verifyNow(scope);
    }

    @GetMapping("/verifications")
    @Operation(summary = "Past verifications, newest first")
    PageResult<Verification> verifications(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        access.requireLedgerReader();
        return verifier.history(PageRequest.of(page, size));
    }

    @GetMapping("/entries.csv")
    @Operation(summary = "Export the filtered entries as CSV", description = "UTF-8 with a byte-order mark, oldest first; the export itself is recorded.")
    void export(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String actor, @RequestParam(required = false) String agency,
            @RequestParam(required = false) String action, @RequestParam(required = false) String targetType,
            @RequestParam(required = false) String targetId, HttpServletResponse response, Locale locale)
            throws IOException {
        LedgerScope scope = access.requireLedgerReader();
        LedgerFilter filter = LedgerFilter.parse(from, to, actor, agency, action, targetType, targetId);
        LedgerPages.csvHeaders(response, clock);
        reader.exportCsv(scope, filter, response.getOutputStream(), locale);
    }

    /** A filter that cannot be understood is a bad request (400), with the field and the reason. */
    @ExceptionHandler(InvalidLedgerFilter.class)
    ResponseEntity<ProblemDetail> badFilter(InvalidLedgerFilter e, Locale locale) {
        String message = messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale);
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
        pd.setTitle(messages.getMessage("error.title.400", null, "Bad request", locale));
        pd.setType(URI.create("about:blank"));
        pd.setProperty("code", e.messageKey());
        pd.setProperty("errors", List.of(Map.of("field", e.field(), "message", message)));
        return ResponseEntity.badRequest().body(pd);
    }
}
