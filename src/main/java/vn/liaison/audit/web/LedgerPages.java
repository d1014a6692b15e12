package vn.liaison.audit.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

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

/** The auditors' screens: browse and filter the ledger, read an entry, verify the chains, see past verifications, export. */
@Controller
@RequestMapping("/audit")
class LedgerPages {

    private final LedgerAccess access;
    private final LedgerReader reader;
    private final LedgerVerifier verifier;
    private final Clock clock;
    private final MessageSource messages;

    LedgerPages(LedgerAccess access, LedgerReader reader, LedgerVerifier verifier, Clock clock, MessageSource messages) {
        this.access = access;
        this.reader = reader;
        this.verifier = verifier;
        this.clock = clock;
        this.messages = messages;
    }

    @GetMapping
    String browse(@ModelAttribute("filter") LedgerFilterForm form, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, Model model, Locale locale) {
        LedgerScope scope = access.requireLedgerReader();
        PageRequest paging = PageRequest.of(page, size);
        PageResult<LedgerEntry> entries;
        try {
            entries = reader.browse(scope, form.toFilter(), paging);
        } catch (InvalidLedgerFilter e) {
            model.addAttribute("filterField", e.field());
            model.addAttribute("filterMessage", messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale));
            entries = new PageResult<>(List.of(), 0, paging.size(), 0);
        }
        model.addAttribute("entries", entries);
        model.addAttribute("query", form.query());
        model.addAttribute("scope", scope);
        model.addAttribute("zone", clock.getZone());
        return "audit/ledger";
    }

    @GetMapping("/entries/{id}")
    String entry(@PathVariable long id, Model model) {
        LedgerScope scope = access.requireLedgerReader();
        LedgerEntry entry = reader.entry(scope, id);
        model.addAttribute("entry", entry);
        model.addAttribute("before", PrettyJson.of(entry.beforeState()));
        model.addAttribute("after", PrettyJson.of(entry.afterState()));
        model.addAttribute("hashMatches", entry.hashMatches());
        model.addAttribute("zone", clock.getZone());
        return "audit/entry";
    }

    @PostMapping("/verifications")
    String verify(@RequestParam(required = false) Integer page, Model model) {
        LedgerScope scope = access.requireLedgerReader();
        Verification result = verifier.verifyNow(scope);
        model.addAttribute("result", result);
        return history(model, PageRequest.of(page, null));
    }

    @GetMapping("/verifications")
    String verifications(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            Model model) {
        access.requireLedgerReader();
        return history(model, PageRequest.of(page, size));
    }

    @GetMapping("/export.csv")
    void export(@ModelAttribute("filter") LedgerFilterForm form, HttpServletResponse response, Locale locale)
            throws IOException {
        LedgerScope scope = access.requireLedgerReader();
        LedgerFilter filter = form.toFilter();
        csvHeaders(response, clock);
        reader.exportCsv(scope, filter, response.getOutputStream(), locale);
    }

    /** Content type and an attachment name with the date, shared with the API's export. */
    static void csvHeaders(HttpServletResponse response, Clock clock) {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", ContentDisposition.attachment()
                .filename("audit-ledger-" + LocalDate.now(clock) + ".csv").build().toString());
    }

    private String history(Model model, PageRequest paging) {
        model.addAttribute("verifications", verifier.history(paging));
        model.addAttribute("zone", clock.getZone());
        return "audit/verifications";
    }
}
