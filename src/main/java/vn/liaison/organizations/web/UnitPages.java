package vn.liaison.organizations.web;

import java.util.List;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.liaison.organizations.AgencyView;
import vn.liaison.organizations.OrganizationManagement;
import vn.liaison.organizations.UnitKind;
import vn.liaison.organizations.UnitView;
import vn.liaison.organizations.Versioned;
import vn.liaison.security.AccessPolicy;
import vn.liaison.shared.DomainException;

/** Units of an agency: created and edited by the agency's administrator. */
@Controller
class UnitPages {

    private final AccessPolicy access;
    private final OrganizationManagement management;

    UnitPages(AccessPolicy access, OrganizationManagement management) {
        this.access = access;
        this.management = management;
    }

    @GetMapping("/agencies/{agencyId}/units/new")
    String newForm(@PathVariable UUID agencyId, Model model) {
        access.requireAgencyAdmin(agencyId);
        return form(model, management.agency(agencyId).item(), new UnitForm(), null);
    }

    @PostMapping("/agencies/{agencyId}/units")
    String create(@PathVariable UUID agencyId, @Validated @ModelAttribute("form") UnitForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        access.requireAgencyAdmin(agencyId);
        AgencyView agency = management.agency(agencyId).item();
        if (binding.hasErrors()) {
            return form(model, agency, form, null);
        }
        try {
            management.createUnit(agencyId, form.data());
            redirect.addFlashAttribute("flash", "organizations.flash.unitCreated");
            return "redirect:/agencies/" + agencyId;
        } catch (DomainException e) {
            FormErrors.reject(binding, e);
            return form(model, agency, form, null);
        }
    }

    @GetMapping("/agencies/{agencyId}/units/{unitId}/edit")
    String editForm(@PathVariable UUID agencyId, @PathVariable UUID unitId, Model model) {
        access.requireAgencyAdmin(agencyId);
        Versioned<UnitView> unit = management.unit(unitId);
        requireOf(agencyId, unit.item());
        return form(model, management.agency(agencyId).item(), UnitForm.of(unit.item(), unit.version()), unit.item());
    }

    @PostMapping("/agencies/{agencyId}/units/{unitId}/edit")
    String update(@PathVariable UUID agencyId, @PathVariable UUID unitId, @Validated @ModelAttribute("form") UnitForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        access.requireAgencyAdmin(agencyId);
        UnitView unit = management.unit(unitId).item();
        requireOf(agencyId, unit);
        AgencyView agency = management.agency(agencyId).item();
        if (binding.hasErrors()) {
            return form(model, agency, form, unit);
        }
        try {
            management.updateUnit(unitId, form.getVersion(), form.data());
            redirect.addFlashAttribute("flash", "common.saved");
            return "redirect:/agencies/" + agencyId;
        } catch (DomainException e) {
            FormErrors.reject(binding, e);
        } catch (OptimisticLockingFailureException e) {
            FormErrors.stale(binding);
        }
        return form(model, agency, form, unit);
    }

    private static void requireOf(UUID agencyId, UnitView unit) {
        if (!unit.agencyId().equals(agencyId)) {
            throw DomainException.notFound("unit");
        }
    }

    private String form(Model model, AgencyView agency, UnitForm form, UnitView editing) {
        List<UnitView> parents = management.units(agency.id()).stream()
                .filter(u -> editing == null || !u.id().equals(editing.id())).toList();
        model.addAttribute("agency", agency);
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("unitKinds", UnitKind.values());
        model.addAttribute("parents", parents);
        return "organizations/unit-form";
    }
}
