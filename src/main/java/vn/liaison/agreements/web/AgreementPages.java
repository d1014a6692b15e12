package vn.liaison.agreements.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import vn.liaison.agreements.AgreementDocuments;
import vn.liaison.agreements.AgreementFilter;
import vn.liaison.agreements.AgreementManagement;
import vn.liaison.agreements.AgreementStatus;
import vn.liaison.agreements.AgreementView;
import vn.liaison.agreements.FocalPointAssignment;
import vn.liaison.agreements.PlanManagement;
import vn.liaison.agreements.PlanView;
import vn.liaison.agreements.SectorCatalog;
import vn.liaison.attachments.NewAttachment;
import vn.liaison.organizations.AgencyDirectory;
import vn.liaison.organizations.AgencyView;
import vn.liaison.security.AccessPolicy;
import vn.liaison.security.Actor;
import vn.liaison.security.Role;
import vn.liaison.shared.Classification;
import vn.liaison.shared.ContentArea;
import vn.liaison.shared.DomainException;
import vn.liaison.shared.PageRequest;

/** The agreement screens: list with filters, draft and edit, detail with timeline and versions, life actions. */
@Controller
class AgreementPages {

    private static final Set<String> FIELDS = Set.of("number", "title", "parties", "signingDate", "signingPlace",
            "effectiveFrom", "effectiveTo", "sectors", "contentAreas", "principles", "forms", "classification",
            "crossLevelReason", "replacesId", "summary");

    private final AgreementManagement agreements;
    private final PlanManagement plans;
    private final AgreementDocuments documents;
    private final SectorCatalog sectors;
    private final AgencyDirectory directory;
    private final AccessPolicy policy;
    private final java.time.Clock clock;

    AgreementPages(AgreementManagement agreements, PlanManagement plans, AgreementDocuments documents,
            SectorCatalog sectors, AgencyDirectory directory, AccessPolicy policy, java.time.Clock clock) {
        this.agreements = agreements;
        this.plans = plans;
        this.documents = documents;
        this.sectors = sectors;
        this.directory = directory;
        this.policy = policy;
        this.clock = clock;
    }

    @GetMapping("/agreements")
    String list(@RequestParam(required = false) UUID party, @RequestParam(required = false) AgreementStatus status,
            @RequestParam(required = false) String sector, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String q, @RequestParam(required = false) Integer page, Model model) {
        policy.requireActor();
        AgreementFilter filter = new AgreementFilter(party, status, sector, year, q);
        model.addAttribute("filter", filter);
        model.addAttribute("result", agreements.list(filter, PageRequest.of(page, 20)));
        model.addAttribute("agencies", directory.allAgencies());
        model.addAttribute("sectors", sectors.all());
        model.addAttribute("statuses", AgreementStatus.values());
        model.addAttribute("canDraft", policy.hasRole(Role.SECRETARIAT));
        return "agreements/list";
    }

    @GetMapping("/agreements/new")
    String newForm(Model model) {
        Actor actor = policy.requireRole(Role.SECRETARIAT);
        AgreementForm form = new AgreementForm();
        form.getParties().get(0).setAgencyId(actor.agencyId());
        return form(model, form, "create", null);
    }

    @PostMapping("/agreements")
    String create(@ModelAttribute("form") AgreementForm form, BindingResult result, Model model,
            HttpServletResponse response) {
        policy.requireRole(Role.SECRETARIAT);
        if (!result.hasErrors()) {
            try {
                AgreementView v = agreements.create(form.content(directoryFocal(form)));
                return "redirect:/agreements/" + v.id();
            } catch (DomainException e) {
                FormErrors.reject(result, e, FIELDS);
            }
        }
        response.setStatus(422);
        return form(model, form, "create", null);
    }

    @GetMapping("/agreements/{id}")
    String detail(@PathVariable UUID id, Model model) {
        AgreementView v = agreements.view(id);
        Actor actor = policy.requireActor();
        boolean party = policy.isParty(actor, v.partyIds());
        boolean secretariat = party && actor.has(Role.SECRETARIAT);
        model.addAttribute("a", v);
        model.addAttribute("timeline", agreements.timeline(id));
        model.addAttribute("versions", agreements.versions(id));
        model.addAttribute("moves", agreements.moves(id));
        model.addAttribute("plans", plans.plans(id));
        int year = LocalDate.now(clock).getYear();
        model.addAttribute("reviewYear", year);
        model.addAttribute("reviewHost", agreements.reviewHost(id, year));
        model.addAttribute("canEdit", secretariat && v.status() == AgreementStatus.DRAFT);
        model.addAttribute("canAmend", secretariat && v.status() == AgreementStatus.IN_FORCE);
        model.addAttribute("canTerminate", party && actor.hasAny(Role.SECRETARIAT, Role.LEADER)
                && v.status() == AgreementStatus.IN_FORCE);
        model.addAttribute("canPlan", secretariat && v.status() == AgreementStatus.IN_FORCE);
        model.addAttribute("today", LocalDate.now(clock));
        return "agreements/detail";
    }

    @GetMapping("/agreements/{id}/edit")
    String editForm(@PathVariable UUID id, Model model) {
        AgreementView v = agreements.view(id);
        requireSecretariatOf(v);
        if (v.status() != AgreementStatus.DRAFT) {
            throw DomainException.conflict("agreements.error.signedImmutable");
        }
        return form(model, AgreementForm.of(v), "edit", v);
    }

    @PostMapping("/agreements/{id}/edit")
    String edit(@PathVariable UUID id, @ModelAttribute("form") AgreementForm form, BindingResult result, Model model,
            HttpServletResponse response) {
        AgreementView v = agreements.view(id);
        requireSecretariatOf(v);
        if (!result.hasErrors()) {
            try {
                form.setKeptFocalPoints(AgreementForm.of(v).getKeptFocalPoints());
                agreements.edit(id, form.content(directoryFocal(form)), form.getRowVersion());
                return "redirect:/agreements/" + id;
            } catch (DomainException e) {
                FormErrors.reject(result, e, FIELDS);
            }
        }
        response.setStatus(422);
        return form(model, form, "edit", v);
    }

    @GetMapping("/agreements/{id}/amend")
    String amendForm(@PathVariable UUID id, Model model) {
        AgreementView v = agreements.view(id);
        requireSecretariatOf(v);
        if (v.status() != AgreementStatus.IN_FORCE) {
            throw DomainException.conflict("agreements.error.amendNotInForce");
        }
        return form(model, AgreementForm.of(v), "amend", v);
    }

    @PostMapping("/agreements/{id}/amend")
    String amend(@PathVariable UUID id, @ModelAttribute("form") AgreementForm form, BindingResult result, Model model,
            HttpServletResponse response) {
        AgreementView v = agreements.view(id);
        requireSecretariatOf(v);
        if (!result.hasErrors()) {
            try {
                form.setKeptFocalPoints(AgreementForm.of(v).getKeptFocalPoints());
                agreements.amend(id, form.content(directoryFocal(form)), form.getSummary(), form.getRowVersion());
                return "redirect:/agreements/" + id;
            } catch (DomainException e) {
                FormErrors.reject(result, e, FIELDS);
            }
        }
        response.setStatus(422);
        return form(model, form, "amend", v);
    }

    @PostMapping("/agreements/{id}/sign")
    String sign(@PathVariable UUID id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate signingDate, @RequestParam(required = false) String signingPlace, @RequestParam(defaultValue = "-1") long rowVersion,
            RedirectAttributes redirect) {
        agreements.sign(id, signingDate, signingPlace, rowVersion);
        redirect.addFlashAttribute("flash", "agreements.flash.signed");
        return "redirect:/agreements/" + id;
    }

    @PostMapping("/agreements/{id}/terminate")
    String terminate(@PathVariable UUID id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate terminatedOn, @RequestParam(required = false) String reason, @RequestParam(defaultValue = "-1") long rowVersion,
            RedirectAttributes redirect) {
        agreements.terminate(id, terminatedOn, reason, rowVersion);
        redirect.addFlashAttribute("flash", "agreements.flash.terminated");
        return "redirect:/agreements/" + id;
    }

    @PostMapping("/agreements/{id}/signed-text")
    String attach(@PathVariable UUID id, @RequestParam(value = "file", required = false) MultipartFile file,
            @RequestParam(defaultValue = "-1") long rowVersion, RedirectAttributes redirect) throws IOException {
        agreements.attachSignedText(id, file == null || file.isEmpty() ? null
                : new NewAttachment(file.getOriginalFilename(), file.getContentType(), file.getBytes()), rowVersion);
        redirect.addFlashAttribute("flash", "agreements.flash.attached");
        return "redirect:/agreements/" + id;
    }

    @GetMapping("/agreements/{id}/signed-text")
    ResponseEntity<byte[]> signedText(@PathVariable UUID id) {
        AgreementManagement.SignedText t = agreements.signedText(id);
        return AgreementApi.file(t.fileName(), t.content(), MediaType.APPLICATION_OCTET_STREAM);
    }

    @GetMapping("/agreements/{id}/export")
    ResponseEntity<byte[]> export(@PathVariable UUID id, @RequestParam(defaultValue = "pdf") String format) {
        boolean pdf = !"docx".equalsIgnoreCase(format);
        return AgreementApi.export(documents.agreement(id, pdf), pdf);
    }

    @PostMapping("/agreements/{id}/plans")
    String createPlan(@PathVariable UUID id, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String title) {
        if (year == null) {
            throw DomainException.invalid("year", "agreements.error.required");
        }
        PlanView p = plans.create(id, year, title);
        return "redirect:/plans/" + p.id();
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private void requireSecretariatOf(AgreementView v) {
        Actor actor = policy.requireRole(Role.SECRETARIAT);
        if (!policy.isParty(actor, v.partyIds())) {
            throw new AccessDeniedException("secretariat of a party required");
        }
    }

    private List<FocalPointAssignment> directoryFocal(AgreementForm form) {
        List<FocalPointAssignment> out = new ArrayList<>();
        for (UUID party : form.partyIds()) {
            for (ContentArea area : form.getContentAreas()) {
                directory.focalPoint(party, area).ifPresent(f -> out.add(new FocalPointAssignment(party, area, f.personId())));
            }
        }
        return out;
    }

    private String form(Model model, AgreementForm form, String mode, AgreementView existing) {
        model.addAttribute("form", form);
        model.addAttribute("mode", mode);
        model.addAttribute("existing", existing);
        model.addAttribute("agencies", directory.allAgencies().stream()
                .sorted(Comparator.comparing(AgencyView::nameVi)).toList());
        model.addAttribute("agencyNames", directory.allAgencies().stream()
                .collect(java.util.stream.Collectors.toMap(AgencyView::id, AgencyView::nameVi)));
        model.addAttribute("sectorList", sectors.all());
        model.addAttribute("areas", ContentArea.values());
        model.addAttribute("levels", Classification.values());
        model.addAttribute("replaceable", agreements.list(new AgreementFilter(null, null, null, null, null),
                new PageRequest(0, 200)).items().stream()
                .filter(s -> s.status() == AgreementStatus.IN_FORCE || s.status() == AgreementStatus.EXPIRED).toList());
        return "agreements/form";
    }
}
