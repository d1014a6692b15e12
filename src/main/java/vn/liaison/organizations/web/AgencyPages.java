package vn.liaison.organizations.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.liaison.organizations.AgencyDirectory;
import vn.liaison.organizations.AgencyKind;
import vn.liaison.organizations.AgencyLevel;
import vn.liaison.organizations.AgencyQuery;
import vn.liaison.organizations.AgencyStatus;
import vn.liaison.organizations.AgencyView;
import vn.liaison.organizations.FocalPointView;
import vn.liaison.organizations.OrganizationManagement;
import vn.liaison.organizations.SuccessionKind;
import vn.liaison.organizations.SuccessionView;
import vn.liaison.organizations.UnitView;
import vn.liaison.organizations.Versioned;
import vn.liaison.security.AccessPolicy;
import vn.liaison.security.ApiScope;
import vn.liaison.shared.ContentArea;
import vn.liaison.shared.DomainException;
import vn.liaison.shared.PageRequest;
import vn.liaison.shared.PageResult;

/** The agency directory, an agency's page, and the system administrator's agency and succession forms. */
@Controller
class AgencyPages {

    private final AccessPolicy access;
    private final OrganizationManagement management;
    private final AgencyDirectory directory;

    AgencyPages(AccessPolicy access, OrganizationManagement management, AgencyDirectory directory) {
        this.access = access;
        this.management = management;
        this.directory = directory;
    }

    /** One line of the predecessors/successors timeline. */
    record Link(SuccessionKind kind, LocalDate effectiveOn, AgencyView other, boolean predecessor, String note) {
    }

    /** A unit with its depth in the unit tree. */
    record UnitRow(UnitView unit, int depth) {
    }

    @GetMapping("/agencies")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) AgencyKind kind,
            @RequestParam(required = false) AgencyLevel level, @RequestParam(required = false) AgencyStatus status,
            @RequestParam(required = false) UUID parentId, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, Model model) {
        access.requireScope(ApiScope.ORGANIZATIONS_READ);
        AgencyStatus shown = status == null ? AgencyStatus.CURRENT : status;
        PageResult<AgencyView> result = management.searchAgencies(
                new AgencyQuery(q, kind, level, shown, null, parentId, PageRequest.of(page, size)));
        model.addAttribute("result", result);
        model.addAttribute("q", q);
        model.addAttribute("kind", kind);
        model.addAttribute("level", level);
        model.addAttribute("status", shown);
        model.addAttribute("parentId", parentId);
        model.addAttribute("kinds", AgencyKind.values());
        model.addAttribute("levels", AgencyLevel.values());
        model.addAttribute("statuses", AgencyStatus.values());
        model.addAttribute("allAgencies", directory.allAgencies());
        model.addAttribute("names", names(result.items().stream().map(AgencyView::parentId).toList()));
        model.addAttribute("today", management.today());
        return "organizations/agencies";
    }

    @GetMapping("/agencies/{id}")
    String show(@PathVariable UUID id, Model model) {
        access.requireScope(ApiScope.ORGANIZATIONS_READ);
        AgencyView agency = management.agency(id).item();
        List<SuccessionView> links = management.successions(id);
        List<UUID> others = new ArrayList<>();
        links.forEach(l -> others.add(l.predecessorId().equals(id) ? l.successorId() : l.predecessorId()));
        Map<UUID, AgencyView> otherViews = directory.agencies(others);
        List<Link> timeline = links.stream().map(l -> {
            boolean pred = l.successorId().equals(id);
            return new Link(l.kind(), l.effectiveOn(), otherViews.get(pred ? l.predecessorId() : l.successorId()), pred,
                    l.note());
        }).toList();
        List<UnitView> units = management.units(id);
        Map<ContentArea, FocalPointView> focal = new LinkedHashMap<>();
        management.focalPoints(id).forEach(f -> focal.put(f.area(), f));
        model.addAttribute("agency", agency);
        model.addAttribute("parent", agency.parentId() == null ? null : directory.agency(agency.parentId()).orElse(null));
        model.addAttribute("children", management.searchAgencies(new AgencyQuery(null, null, null, AgencyStatus.ALL, null,
                id, new PageRequest(0, 50))).items());
        model.addAttribute("timeline", timeline);
        model.addAttribute("predecessors", timeline.stream().filter(Link::predecessor).toList());
        model.addAttribute("successors", timeline.stream().filter(l -> !l.predecessor()).toList());
        model.addAttribute("unitTree", tree(units));
        model.addAttribute("focal", focal);
        model.addAttribute("areas", ContentArea.values());
        model.addAttribute("active", agency.isActive(management.today()));
        boolean seePeople = management.canSeePeople(id);
        model.addAttribute("canSeePeople", seePeople);
        model.addAttribute("canAdminister", management.canAdminister(id));
        if (seePeople) {
            model.addAttribute("peopleCount", management.searchPeople(
                    new vn.liaison.organizations.PersonQuery(id, null, null, new PageRequest(0, 1))).total());
        }
        return "organizations/agency";
    }

    static List<UnitRow> tree(List<UnitView> units) {
        Map<UUID, List<UnitView>> children = new HashMap<>();
        List<UnitView> roots = new ArrayList<>();
        Map<UUID, UnitView> byId = new HashMap<>();
        units.forEach(u -> byId.put(u.id(), u));
        for (UnitView u : units) {
            if (u.parentUnitId() == null || !byId.containsKey(u.parentUnitId())) {
                roots.add(u);
            } else {
                children.computeIfAbsent(u.parentUnitId(), k -> new ArrayList<>()).add(u);
            }
        }
        List<UnitRow> rows = new ArrayList<>();
        roots.forEach(r -> walk(r, 0, children, rows));
        return rows;
    }

    private static void walk(UnitView u, int depth, Map<UUID, List<UnitView>> children, List<UnitRow> rows) {
        rows.add(new UnitRow(u, depth));
        if (depth < 20) {
            children.getOrDefault(u.id(), List.of()).forEach(c -> walk(c, depth + 1, children, rows));
        }
    }

    // ---- create / edit (system administrator) -----------------------------------------------------------------

    @GetMapping("/agencies/new")
    String newForm(Model model) {
        access.requireSystemAdmin();
        AgencyForm form = new AgencyForm();
        form.setValidFrom(management.today());
        return form(model, form, null);
    }

    @PostMapping("/agencies")
    String create(@Validated @ModelAttribute("form") AgencyForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        access.requireSystemAdmin();
        if (binding.hasErrors()) {
            return form(model, form, null);
        }
        try {
            AgencyView created = management.createAgency(form.data());
            redirect.addFlashAttribute("flash", "organizations.flash.agencyCreated");
            return "redirect:/agencies/" + created.id();
        } catch (DomainException e) {
            FormErrors.reject(binding, e);
            return form(model, form, null);
        }
    }

    @GetMapping("/agencies/{id}/edit")
    String editForm(@PathVariable UUID id, Model model) {
        access.requireSystemAdmin();
        Versioned<AgencyView> a = management.agency(id);
        return form(model, AgencyForm.of(a.item(), a.version()), a.item());
    }

    @PostMapping("/agencies/{id}/edit")
    String update(@PathVariable UUID id, @Validated @ModelAttribute("form") AgencyForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        access.requireSystemAdmin();
        AgencyView current = management.agency(id).item();
        if (binding.hasErrors()) {
            return form(model, form, current);
        }
        try {
            management.updateAgency(id, form.getVersion(), form.data());
            redirect.addFlashAttribute("flash", "common.saved");
            return "redirect:/agencies/" + id;
        } catch (DomainException e) {
            FormErrors.reject(binding, e);
        } catch (OptimisticLockingFailureException e) {
            FormErrors.stale(binding);
        }
        return form(model, form, current);
    }

    private String form(Model model, AgencyForm form, AgencyView editing) {
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("kinds", AgencyKind.values());
        model.addAttribute("levels", AgencyLevel.values());
        model.addAttribute("parents", directory.allAgencies().stream()
                .filter(a -> editing == null || !a.id().equals(editing.id())).toList());
        return "organizations/agency-form";
    }

    // ---- successions (system administrator) ------------------------------------------------------------------

    @GetMapping("/agencies/{id}/successions/new")
    String successionForm(@PathVariable UUID id, Model model) {
        access.requireSystemAdmin();
        AgencyView agency = management.agency(id).item();
        return successionForm(model, agency, SuccessionForm.startingFrom(agency));
    }

    @PostMapping("/agencies/{id}/successions")
    String recordSuccession(@PathVariable UUID id, @Validated @ModelAttribute("form") SuccessionForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        access.requireSystemAdmin();
        AgencyView agency = management.agency(id).item();
        if (form.isCreateNew()) {
            requireNew(binding, "newCode", form.getNewCode());
            requireNew(binding, "newNameVi", form.getNewNameVi());
            requireNew(binding, "newKind", form.getNewKind());
            requireNew(binding, "newLevel", form.getNewLevel());
            if (form.getNewCode() != null && !form.getNewCode().matches("[A-Za-z0-9.\\-]*")) {
                binding.rejectValue("newCode", "error.code.pattern");
            }
        }
        if (binding.hasErrors()) {
            return successionForm(model, agency, form);
        }
        try {
            List<AgencyView> successors = management.recordSuccession(id, form.command());
            redirect.addFlashAttribute("flash", "organizations.flash.successionRecorded");
            return "redirect:/agencies/" + (successors.size() == 1 ? successors.get(0).id() : id);
        } catch (DomainException e) {
            FormErrors.reject(binding, SuccessionForm.formField(e.field()), e.messageKey(), e.args());
            return successionForm(model, agency, form);
        }
    }

    private static void requireNew(BindingResult binding, String field, Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            binding.rejectValue(field, "error.required");
        }
    }

    private String successionForm(Model model, AgencyView agency, SuccessionForm form) {
        model.addAttribute("agency", agency);
        model.addAttribute("form", form);
        model.addAttribute("successionKinds", SuccessionKind.values());
        model.addAttribute("kinds", AgencyKind.values());
        model.addAttribute("levels", AgencyLevel.values());
        List<AgencyView> others = directory.allAgencies().stream().filter(a -> !a.id().equals(agency.id())).toList();
        model.addAttribute("candidates", others.stream().filter(a -> a.validTo() == null).toList());
        model.addAttribute("parents", others);
        return "organizations/succession-form";
    }

    private Map<UUID, AgencyView> names(Collection<UUID> ids) {
        return directory.agencies(ids.stream().filter(java.util.Objects::nonNull).toList());
    }
}
