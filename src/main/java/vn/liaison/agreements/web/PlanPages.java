package vn.liaison.agreements.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import vn.liaison.agreements.AgreementManagement;
import vn.liaison.agreements.AgreementView;
import vn.liaison.agreements.PlanManagement;
import vn.liaison.agreements.PlanStatus;
import vn.liaison.agreements.PlanView;
import vn.liaison.agreements.ProgressCommand;
import vn.liaison.agreements.TaskView;
import vn.liaison.attachments.NewAttachment;
import vn.liaison.organizations.AgencyDirectory;
import vn.liaison.organizations.AgencyView;
import vn.liaison.organizations.UnitView;
import vn.liaison.security.AccessPolicy;
import vn.liaison.security.Actor;
import vn.liaison.security.Role;
import vn.liaison.shared.ContentArea;
import vn.liaison.shared.DomainException;

/** The plan screens: tasks, timeline over the year, sign-offs, progress reports, exports, and "my tasks". */
@Controller
class PlanPages {

    private static final Set<String> TASK_FIELDS = Set.of("title", "contentArea", "leadAgencyId", "leadUnitId",
            "startDate", "dueDate", "dateReason", "expectedResult");

    private final PlanManagement plans;
    private final AgreementManagement agreements;
    private final AgreementDocuments documents;
    private final AgencyDirectory directory;
    private final AccessPolicy policy;
    private final java.time.Clock clock;

    PlanPages(PlanManagement plans, AgreementManagement agreements, AgreementDocuments documents,
            AgencyDirectory directory, AccessPolicy policy, java.time.Clock clock) {
        this.plans = plans;
        this.agreements = agreements;
        this.documents = documents;
        this.directory = directory;
        this.policy = policy;
        this.clock = clock;
    }

    @GetMapping("/plans/{id}")
    String plan(@PathVariable UUID id, Model model) {
        PlanView p = plans.plan(id);
        TaskForm form = new TaskForm();
        form.setStartDate(LocalDate.of(p.year(), 1, 1));
        form.setDueDate(LocalDate.of(p.year(), 12, 31));
        return render(model, p, form);
    }

    @PostMapping("/plans/{id}/tasks")
    String addTask(@PathVariable UUID id, @ModelAttribute("taskForm") TaskForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        PlanView p = plans.plan(id);
        if (!result.hasErrors()) {
            try {
                plans.addTask(id, form.terms());
                redirect.addFlashAttribute("flash", "agreements.flash.taskAdded");
                return "redirect:/plans/" + id;
            } catch (DomainException e) {
                FormErrors.reject(result, e, TASK_FIELDS);
            }
        }
        response.setStatus(422);
        return render(model, p, form);
    }

    @PostMapping("/plans/{id}/approve")
    String approve(@PathVariable UUID id, @RequestParam(defaultValue = "-1") long rowVersion, RedirectAttributes redirect) {
        PlanView p = plans.approve(id, null, rowVersion);
        redirect.addFlashAttribute("flash", p.status() == PlanStatus.APPROVED ? "agreements.flash.planApproved"
                : "agreements.flash.signedOff");
        return "redirect:/plans/" + id;
    }

    @PostMapping("/plans/{id}/submit")
    String submit(@PathVariable UUID id, RedirectAttributes redirect) {
        plans.submit(id);
        redirect.addFlashAttribute("flash", "agreements.flash.submitted");
        return "redirect:/plans/" + id;
    }

    @PostMapping("/plans/{id}/start")
    String start(@PathVariable UUID id) {
        plans.start(id);
        return "redirect:/plans/" + id;
    }

    @PostMapping("/plans/{id}/close")
    String close(@PathVariable UUID id) {
        plans.close(id);
        return "redirect:/plans/" + id;
    }

    @GetMapping("/plans/{id}/export")
    ResponseEntity<byte[]> export(@PathVariable UUID id, @RequestParam(defaultValue = "pdf") String format) {
        if ("xlsx".equalsIgnoreCase(format)) {
            AgreementDocuments.Exported e = documents.progress(id);
            return AgreementApi.file(e.baseName() + ".xlsx", e.content(),
                    MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        }
        boolean pdf = !"docx".equalsIgnoreCase(format);
        return AgreementApi.export(documents.plan(id, pdf), pdf);
    }

    @PostMapping("/tasks/{id}/approve")
    String approveTask(@PathVariable UUID id, RedirectAttributes redirect) {
        TaskView t = plans.approveTask(id, null);
        redirect.addFlashAttribute("flash", "agreements.flash.signedOff");
        return "redirect:/plans/" + t.planId();
    }

    @PostMapping("/tasks/{id}/delete")
    String deleteTask(@PathVariable UUID id) {
        TaskView t = plans.task(id);
        plans.removeTask(id);
        return "redirect:/plans/" + t.planId();
    }

    @PostMapping("/tasks/{id}/progress")
    String report(@PathVariable UUID id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reportedOn,
            @RequestParam(required = false) Integer percent, @RequestParam(required = false) String note,
            @RequestParam(value = "file", required = false) MultipartFile file, RedirectAttributes redirect)
            throws IOException {
        if (percent == null) {
            throw DomainException.invalid("percent", "agreements.error.percent");
        }
        List<NewAttachment> files = new ArrayList<>();
        if (file != null && !file.isEmpty()) {
            files.add(new NewAttachment(file.getOriginalFilename(), file.getContentType(), file.getBytes()));
        }
        TaskView t = plans.report(id, new ProgressCommand(reportedOn, percent, note, files));
        redirect.addFlashAttribute("flash", "agreements.flash.reported");
        return "redirect:/plans/" + t.planId() + "#task-" + t.id();
    }

    @GetMapping("/tasks/{id}/files/{attachmentId}")
    ResponseEntity<byte[]> file(@PathVariable UUID id, @PathVariable UUID attachmentId) {
        AgreementManagement.SignedText f = plans.progressFile(id, attachmentId);
        return AgreementApi.file(f.fileName(), f.content(), MediaType.APPLICATION_OCTET_STREAM);
    }

    @GetMapping("/my-tasks")
    String myTasks(@RequestParam(defaultValue = "true") boolean open, Model model) {
        policy.requireActor();
        model.addAttribute("tasks", plans.myTasks(open));
        model.addAttribute("open", open);
        return "agreements/my-tasks";
    }

    private String render(Model model, PlanView p, TaskForm form) {
        AgreementView a = agreements.view(p.agreementId());
        Actor actor = policy.requireActor();
        boolean party = policy.isParty(actor, a.partyIds());
        List<AgencyView> acting = new ArrayList<>();
        List<UnitView> units = new ArrayList<>();
        for (AgreementView.Party pt : a.parties()) {
            directory.agency(pt.agencyId()).ifPresent(acting::add);
            for (AgreementView.Successor s : pt.successors()) {
                directory.agency(s.agencyId()).ifPresent(acting::add);
            }
        }
        acting.forEach(ag -> units.addAll(directory.units(ag.id())));
        boolean myPartyApproved = p.approvals().stream()
                .anyMatch(ap -> ap.approval() != null && actor.actingFor().contains(ap.agencyId()));
        model.addAttribute("p", p);
        model.addAttribute("a", a);
        model.addAttribute("taskForm", form);
        model.addAttribute("agencies", acting);
        model.addAttribute("units", units);
        model.addAttribute("areas", ContentArea.values());
        model.addAttribute("canDraft", party && actor.has(Role.SECRETARIAT) && p.status() != PlanStatus.CLOSED);
        model.addAttribute("canApprove", party && actor.has(Role.LEADER) && p.status() == PlanStatus.DRAFT && !myPartyApproved);
        model.addAttribute("canRun", party && actor.hasAny(Role.LEADER, Role.SECRETARIAT));
        model.addAttribute("canReport", actor.hasAny(Role.OFFICER, Role.LEADER));
        model.addAttribute("isLeader", party && actor.has(Role.LEADER));
        model.addAttribute("actingFor", actor.actingFor());
        model.addAttribute("today", LocalDate.now(clock));
        return "agreements/plan";
    }
}
