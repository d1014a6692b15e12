package vn.liaison.requests.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.liaison.LiaisonApplication;
import vn.liaison.attachments.NewAttachment;
import vn.liaison.documents.DocumentResponses;
import vn.liaison.requests.AnswerCommand;
import vn.liaison.requests.BasisDocuments;
import vn.liaison.requests.IdentifierInput;
import vn.liaison.requests.IdentifierType;
import vn.liaison.requests.Identifiers;
import vn.liaison.requests.InboxFilter;
import vn.liaison.requests.InboxTab;
import vn.liaison.requests.LegalBasis;
import vn.liaison.requests.NewRequest;
import vn.liaison.requests.Outcome;
import vn.liaison.requests.RefusalReason;
import vn.liaison.requests.RequestAction;
import vn.liaison.requests.RequestExports;
import vn.liaison.requests.RequestKind;
import vn.liaison.requests.RequestQueries;
import vn.liaison.requests.RequestService;
import vn.liaison.requests.RequestStatistics;
import vn.liaison.requests.RequestStatus;
import vn.liaison.requests.RequestView;
import vn.liaison.requests.TaskResult;
import vn.liaison.requests.Urgency;
import vn.liaison.organizations.AgencyDirectory;
import vn.liaison.security.AccessPolicy;
import vn.liaison.security.Actor;
import vn.liaison.shared.Classification;
import vn.liaison.shared.DomainException;
import vn.liaison.shared.PageRequest;

/** The screens: inbox, request form, request page with its steps, answer, comments, files, exports, statistics. */
@Controller
@RequestMapping("/requests")
class RequestPagesController {

    private final RequestService service;
    private final RequestQueries queries;
    private final RequestExports exports;
    private final RequestStatistics statistics;
    private final AgencyDirectory agencies;
    private final AccessPolicy policy;
    private final BasisDocuments basisDocuments;
    private final long maxFileBytes;
    private final java.time.Clock clock;

    RequestPagesController(RequestService service, RequestQueries queries, RequestExports exports,
            RequestStatistics statistics, AgencyDirectory agencies, AccessPolicy policy, BasisDocuments basisDocuments,
            @Value("${liaison.attachments.max-bytes:20971520}") long maxFileBytes, java.time.Clock clock) {
        this.service = service;
        this.basisDocuments = basisDocuments;
        this.maxFileBytes = maxFileBytes;
        this.queries = queries;
        this.exports = exports;
        this.statistics = statistics;
        this.agencies = agencies;
        this.policy = policy;
        this.clock = clock;
    }

    // ---- inbox ----------------------------------------------------------------------------------------------------

    @GetMapping
    String inbox(@RequestParam(defaultValue = "INCOMING") InboxTab tab, @RequestParam(required = false) RequestKind kind,
            @RequestParam(required = false) RequestStatus status, @RequestParam(required = false) UUID agency,
            @RequestParam(required = false) Urgency urgency, @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) String q, @RequestParam(required = false) Integer page, Model model) {
        policy.requireActor();
        InboxFilter filter = new InboxFilter(kind, status, agency, urgency, overdue, from, to, q);
        model.addAttribute("tab", tab);
        model.addAttribute("tabs", InboxTab.values());
        model.addAttribute("filter", filter);
        model.addAttribute("result", queries.inbox(tab, filter, PageRequest.of(page, 20)));
        addChoices(model);
        return "requests/inbox";
    }

    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> exportList(@RequestParam(defaultValue = "INCOMING") InboxTab tab,
            @RequestParam(required = false) RequestKind kind, @RequestParam(required = false) RequestStatus status,
            @RequestParam(required = false) UUID agency, @RequestParam(required = false) Urgency urgency,
            @RequestParam(required = false) Boolean overdue, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to, @RequestParam(required = false) String q, Locale locale) {
        policy.requireActor();
        byte[] xlsx = exports.listXlsx(tab, new InboxFilter(kind, status, agency, urgency, overdue, from, to, q), locale);
        return DocumentResponses.xlsx(xlsx, "yeu-cau-" + LocalDate.now(clock));
    }

    @GetMapping("/statistics")
    String statistics(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
            Model model) {
        policy.requireActor();
        LocalDate today = LocalDate.now(clock);
        LocalDate f = from == null ? today.withDayOfYear(1) : from;
        LocalDate t = to == null ? today : to;
        model.addAttribute("figures", statistics.figures(f, t));
        model.addAttribute("names", agencies.agencies(agencies.allAgencies().stream().map(a -> a.id()).toList()));
        return "requests/statistics";
    }

    // ---- the form -------------------------------------------------------------------------------------------------

    @GetMapping("/new")
    String newForm(Model model) {
        policy.requireActor();
        RequestForm form = new RequestForm();
        form.getRowType().add(IdentifierType.PHONE);
        form.getRowValue().add("");
        form.getRowQualifier().add("");
        model.addAttribute("form", form);
        addChoices(model);
        return "requests/form";
    }

    @PostMapping("/identifiers/preview")
    String preview(@ModelAttribute("form") RequestForm form, @RequestParam(name = "identifierFile", required = false) MultipartFile file,
            Model model) {
        policy.requireActor();
        try {
            model.addAttribute("preview", IdentifierSources.gather(form, file, new Identifiers(LocalDate.now(clock))));
        } catch (DomainException e) {
            model.addAttribute("previewError", e.messageKey());
        }
        return "requests/form :: preview";
    }

    @PostMapping(consumes = {MediaType.MULTIPART_FORM_DATA_VALUE, MediaType.APPLICATION_FORM_URLENCODED_VALUE})
    String create(@ModelAttribute("form") RequestForm form, BindingResult binding,
            @RequestParam(name = "identifierFile", required = false) MultipartFile file,
            @RequestParam(name = "then", defaultValue = "draft") String then, Model model, RedirectAttributes redirect) {
        Actor actor = policy.requireActor();
        if (binding.hasErrors()) {
            return again(form, model);
        }
        List<IdentifierInput> ids = new ArrayList<>();
        if (form.getKind() != null && form.getKind().taskType() == RequestKind.TaskType.IDENTIFIER) {
            IdentifierSources.Preview preview;
            try {
                preview = IdentifierSources.gather(form, file, new Identifiers(LocalDate.now(clock)));
            } catch (DomainException e) {
                binding.rejectValue("pasted", e.messageKey(), e.args(), e.messageKey());
                return again(form, model);
            }
            if (!preview.clean()) {
                model.addAttribute("preview", preview);
                binding.rejectValue("pasted", "requests.form.fixIdentifiers", "requests.form.fixIdentifiers");
                return again(form, model);
            }
            preview.identifiers().forEach(i -> ids.add(new IdentifierInput(i.type(), i.raw(), i.qualifier())));
        }
        List<NewAttachment> basis = new ArrayList<>();
        for (MultipartFile f : form.chosenBasisFiles()) {
            try {
                basis.add(new NewAttachment(f.getOriginalFilename(), f.getContentType(), f.getBytes()));
            } catch (IOException e) {
                binding.rejectValue("basisFiles", "requests.error.upload", "requests.error.upload");
                return again(form, model);
            }
        }
        try {
            RequestService.Created c = basisDocuments.create(new NewRequest(form.getKind(), null, form.getReceiverAgencyId(), null,
                    form.getSubject(), form.getDetails(),
                    new LegalBasis(form.getBasisReference(), form.getBasisDate(), form.getBasisLegalType(),
                            form.getBasisAuthority(), form.getApprovingLeaderId(), form.getBasisValidUntil()),
                    form.getClassification(), form.getUrgency(),
                    form.getRequestedDue() == null ? null : form.getRequestedDue().atZone(LiaisonApplication.ZONE).toInstant(),
                    form.getInternalNote(), form.getWindowFrom(), form.getWindowTo(), ids, lines(form.getQuestions()),
                    lines(form.getItems()), List.of(), null), basis);
            if ("submit".equals(then)) {
                service.submit(c.id(), c.generation());
            } else if ("send".equals(then)) {
                service.sendBeforeApproval(c.id(), c.generation());
            }
            boolean forwarded = basisDocuments.forwarded(c.id());
            redirect.addFlashAttribute("flash", forwarded ? "requests.flash.savedForwarded" : "requests.flash.saved");
            return "redirect:/requests/" + c.id();
        } catch (DomainException e) {
            reject(binding, e);
            return again(form, model);
        }
    }

    /**
     * The form once more, as typed. A browser never refills a file input, so the names of the basis files that were
     * chosen are shown with a request to choose them again.
     */
    private String again(RequestForm form, Model model) {
        List<String> names = form.chosenBasisFiles().stream().map(MultipartFile::getOriginalFilename).toList();
        if (!names.isEmpty()) {
            model.addAttribute("basisFilesAgain", names);
        }
        addChoices(model);
        return "requests/form";
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().filter(l -> !l.isBlank()).toList();
    }

    private static void reject(BindingResult binding, DomainException e) {
        String field = e.field() == null ? null : switch (e.field()) {
            case "basis.validUntil" -> "basisValidUntil";
            case "basis.approvingLeaderId" -> "approvingLeaderId";
            case "requestedDueAt" -> "requestedDue";
            case "identifiers" -> "pasted";
            case "basisFiles", "basisAttachmentIds" -> "basisFiles";
            case "kind", "receiverAgencyId", "subject", "details", "classification", "urgency", "internalNote",
                    "windowFrom", "windowTo", "questions", "items" -> e.field();
            default -> null;
        };
        if (field == null) {
            binding.reject(e.messageKey(), e.args(), e.messageKey());
        } else {
            binding.rejectValue(field, e.messageKey(), e.args(), e.messageKey());
        }
    }

    private void addChoices(Model model) {
        Actor actor = policy.requireActor();
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("kinds", RequestKind.values());
        model.addAttribute("statuses", RequestStatus.values());
        model.addAttribute("urgencies", Urgency.values());
        model.addAttribute("identifierTypes", IdentifierType.values());
        model.addAttribute("platforms", Identifiers.PLATFORMS);
        model.addAttribute("levels", java.util.Arrays.stream(Classification.values())
                .filter(l -> policy.clearedFor(actor, l)).toList());
        model.addAttribute("agencies", agencies.agenciesActiveOn(today).stream()
                .filter(a -> !actor.actingFor().contains(a.id())).toList());
        model.addAttribute("leaders", agencies.people(actor.agencyId()).stream().filter(p -> p.active()).toList());
        model.addAttribute("maxBasisFiles", BasisDocuments.MAX_FILES);
        model.addAttribute("maxBasisSize", (maxFileBytes + (1 << 19)) / (1 << 20) + " MB");
        model.addAttribute("maxBasisBytes", maxFileBytes);
    }

    // ---- one request ------------------------------------------------------------------------------------------------

    @GetMapping("/{id}")
    String view(@PathVariable UUID id, Model model) {
        policy.requireActor();
        RequestView view = queries.view(id);
        model.addAttribute("r", view);
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("refusals", RefusalReason.values());
        model.addAttribute("taskResults", TaskResult.values());
        if (view.viewerSide() == vn.liaison.requests.Side.RECEIVER) {
            model.addAttribute("assignees", agencies.people(view.receiverAgencyId()).stream().filter(p -> p.active()).toList());
        }
        return "requests/view";
    }

    @PostMapping("/{id}/step/{action}")
    String step(@PathVariable UUID id, @PathVariable RequestAction action, @RequestParam long generation,
            @RequestParam(required = false) String reason, @RequestParam(required = false) UUID personId,
            RedirectAttributes redirect) {
        policy.requireActor();
        switch (action) {
            case SUBMIT -> service.submit(id, generation);
            case APPROVE -> service.approve(id, generation);
            case REJECT_APPROVAL -> service.rejectApproval(id, generation, reason);
            case SEND_BEFORE_APPROVAL -> service.sendBeforeApproval(id, generation);
            case ACKNOWLEDGE -> service.acknowledge(id, generation);
            case ASSIGN -> service.assign(id, generation, personId);
            case RETURN_FOR_CLARIFICATION -> service.returnForClarification(id, generation, reason);
            case RESUBMIT -> service.resubmit(id, generation, reason);
            case CLOSE -> service.close(id, generation);
            case CANCEL -> service.cancel(id, generation, reason);
            case ANSWER -> throw DomainException.invalid("action", "requests.error.transition", action.name(), "-");
        }
        redirect.addFlashAttribute("flash", "requests.flash.done");
        return "redirect:/requests/" + id;
    }

    @PostMapping("/{id}/answer")
    String answer(@PathVariable UUID id, @RequestParam long generation, @RequestParam Outcome outcome,
            @RequestParam(required = false) RefusalReason refusalReason, @RequestParam(required = false) String refusalText,
            @RequestParam(required = false) String text, @RequestParam(name = "result", required = false) List<TaskResult> results,
            @RequestParam(name = "resultText", required = false) List<String> resultTexts,
            @RequestParam(name = "files", required = false) List<MultipartFile> files, RedirectAttributes redirect) {
        policy.requireActor();
        List<AnswerCommand.TaskAnswer> answers = new ArrayList<>();
        if (results != null) {
            for (int i = 0; i < results.size(); i++) {
                if (results.get(i) != null) {
                    answers.add(new AnswerCommand.TaskAnswer(i + 1, results.get(i),
                            resultTexts != null && i < resultTexts.size() ? resultTexts.get(i) : null));
                }
            }
        }
        List<NewAttachment> attachments = new ArrayList<>();
        if (files != null) {
            for (MultipartFile f : files) {
                if (f.isEmpty()) {
                    continue;
                }
                try {
                    attachments.add(new NewAttachment(f.getOriginalFilename(), f.getContentType(), f.getBytes()));
                } catch (IOException e) {
                    throw DomainException.invalid("files", "requests.error.upload");
                }
            }
        }
        service.answer(id, generation, new AnswerCommand(outcome, refusalReason, refusalText, answers, text, attachments));
        redirect.addFlashAttribute("flash", "requests.flash.answered");
        return "redirect:/requests/" + id;
    }

    @PostMapping("/{id}/comments")
    String comment(@PathVariable UUID id, @RequestParam String body, @RequestParam(defaultValue = "false") boolean internal,
            RedirectAttributes redirect) {
        policy.requireActor();
        service.comment(id, body, internal);
        redirect.addFlashAttribute("flash", "requests.flash.commented");
        return "redirect:/requests/" + id + "#comments";
    }

    @GetMapping("/{id}/files/{attachmentId}")
    ResponseEntity<byte[]> file(@PathVariable UUID id, @PathVariable UUID attachmentId,
            @RequestParam(required = false) String reason) {
        policy.requireActor();
        RequestExports.FileContent f = exports.file(id, attachmentId, reason);
        return DocumentResponses.attachment(f.bytes(), f.fileName(), MediaType.parseMediaType(f.contentType()));
    }

    @GetMapping("/{id}/letter.docx")
    ResponseEntity<byte[]> letterDocx(@PathVariable UUID id) {
        policy.requireActor();
        RequestExports.Letter l = exports.letter(id, false);
        return DocumentResponses.docx(l.bytes(), l.fileName());
    }

    @GetMapping("/{id}/letter.pdf")
    ResponseEntity<byte[]> letterPdf(@PathVariable UUID id) {
        policy.requireActor();
        RequestExports.Letter l = exports.letter(id, true);
        return DocumentResponses.pdf(l.bytes(), l.fileName());
    }
}
