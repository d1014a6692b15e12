package vn.liaison.organizations.web;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import vn.liaison.organizations.AgencyView;
import vn.liaison.organizations.OrganizationManagement;
import vn.liaison.organizations.PersonQuery;
import vn.liaison.organizations.PersonView;
import vn.liaison.organizations.UnitView;
import vn.liaison.organizations.Versioned;
import vn.liaison.security.AccessPolicy;
import vn.liaison.security.AccountManagement;
import vn.liaison.security.ApiScope;
import vn.liaison.security.Role;
import vn.liaison.shared.Classification;
import vn.liaison.shared.DomainException;
import vn.liaison.shared.PageRequest;
import vn.liaison.shared.PageResult;

/**
 * People of an agency: the list and details for the agency's own staff; creating, editing, moving people and
 * managing their accounts for the agency's administrator.
 */
@Controller
class PeoplePages {

    private final AccessPolicy access;
    private final OrganizationManagement management;
    private final AgencyDirectory directory;

    PeoplePages(AccessPolicy access, OrganizationManagement management, AgencyDirectory directory) {
        this.access = access;
        this.management = management;
        this.directory = directory;
    }

    @GetMapping("/agencies/{agencyId}/people")
    String list(@PathVariable UUID agencyId, @RequestParam(required = false) String q,
            @RequestParam(required = false) UUID unitId, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, Model model) {
        access.requireScope(ApiScope.ORGANIZATIONS_READ);
        AgencyView agency = management.agency(agencyId).item();
        PageResult<PersonView> result = management.searchPeople(new PersonQuery(agencyId, unitId, q, PageRequest.of(page, size)));
        model.addAttribute("agency", agency);
        model.addAttribute("result", result);
        model.addAttribute("q", q);
        model.addAttribute("unitId", unitId);
        model.addAttribute("units", management.units(agencyId));
        model.addAttribute("unitNames", unitNames(agencyId));
        model.addAttribute("canAdminister", management.canAdminister(agencyId) && agency.isActive(management.today()));
        model.addAttribute("canSeeClearance", management.canSeeClearance(agencyId));
        return "organizations/people";
    }

    @GetMapping("/people/{id}")
    String show(@PathVariable UUID id, Model model) {
        access.requireScope(ApiScope.ORGANIZATIONS_READ);
        PersonView person = management.person(id).item();
        return personPage(person, model);
    }

    private String personPage(PersonView person, Model model) {
        UUID agencyId = person.agencyId();
        model.addAttribute("person", person);
        model.addAttribute("agency", directory.agency(agencyId).orElseThrow());
        model.addAttribute("unit", person.unitId() == null ? null : directory.unit(person.unitId()).orElse(null));
        boolean admin = management.canAdminister(agencyId);
        model.addAttribute("canAdminister", admin);
        model.addAttribute("canSeeClearance", management.canSeeClearance(agencyId));
        model.addAttribute("accountsAvailable", admin && management.accountsAvailable());
        if (admin && management.accountsAvailable()) {
            model.addAttribute("account", management.accountOf(person.id()).orElse(null));
            model.addAttribute("roles", assignableRoles());
        }
        {
            // An administrator of a successor may bring this person over (after a merger or split).
            List<AgencyView> targets = directory.currentSuccessors(agencyId).stream()
                    .filter(a -> !a.id().equals(agencyId) && management.canAdminister(a.id())).toList();
            model.addAttribute("moveTargets", targets);
        }
        return "organizations/person";
    }

    private Set<Role> assignableRoles() {
        Set<Role> roles = EnumSet.allOf(Role.class);
        if (!access.isSystemAdmin()) {
            roles.remove(Role.SYSTEM_ADMIN);
        }
        return roles;
    }

    // ---- create / edit ---------------------------------------------------------------------------------------

    @GetMapping("/agencies/{agencyId}/people/new")
    String newForm(@PathVariable UUID agencyId, Model model) {
        access.requireAgencyAdmin(agencyId);
        return form(model, management.agency(agencyId).item(), new PersonForm(), null);
    }

    @PostMapping("/agencies/{agencyId}/people")
    String create(@PathVariable UUID agencyId, @Validated @ModelAttribute("form") PersonForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        access.requireAgencyAdmin(agencyId);
        AgencyView agency = management.agency(agencyId).item();
        if (binding.hasErrors()) {
            return form(model, agency, form, null);
        }
        try {
            PersonView created = management.createPerson(agencyId, form.data());
            redirect.addFlashAttribute("flash", "organizations.flash.personCreated");
            return "redirect:/people/" + created.id();
        } catch (DomainException e) {
            FormErrors.reject(binding, e);
            return form(model, agency, form, null);
        }
    }

    @GetMapping("/people/{id}/edit")
    String editForm(@PathVariable UUID id, Model model) {
        access.requireActor();
        PersonView p = directory.person(id).orElseThrow(() -> DomainException.notFound("person"));
        access.requireAgencyAdmin(p.agencyId());
        Versioned<PersonView> person = management.person(id);
        return form(model, management.agency(p.agencyId()).item(), PersonForm.of(person.item(), person.version()),
                person.item());
    }

    @PostMapping("/people/{id}/edit")
    String update(@PathVariable UUID id, @Validated @ModelAttribute("form") PersonForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        access.requireActor();
        PersonView p = directory.person(id).orElseThrow(() -> DomainException.notFound("person"));
        access.requireAgencyAdmin(p.agencyId());
        AgencyView agency = management.agency(p.agencyId()).item();
        if (binding.hasErrors()) {
            return form(model, agency, form, p);
        }
        try {
            management.updatePerson(id, form.getVersion(), form.data());
            redirect.addFlashAttribute("flash", "common.saved");
            return "redirect:/people/" + id;
        } catch (DomainException e) {
            FormErrors.reject(binding, e);
        } catch (OptimisticLockingFailureException e) {
            FormErrors.stale(binding);
        }
        return form(model, agency, form, p);
    }

    @PostMapping("/people/{id}/move")
    String move(@PathVariable UUID id, @RequestParam UUID targetAgencyId, RedirectAttributes redirect) {
        access.requireAgencyAdmin(targetAgencyId);
        management.movePerson(id, targetAgencyId, null);
        redirect.addFlashAttribute("flash", "organizations.flash.personMoved");
        return "redirect:/people/" + id;
    }

    private String form(Model model, AgencyView agency, PersonForm form, PersonView editing) {
        model.addAttribute("agency", agency);
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("units", management.units(agency.id()).stream().filter(UnitView::active).toList());
        model.addAttribute("clearances", Classification.values());
        return "organizations/person-form";
    }

    // ---- account (through the security module) -------------------------------------------------------------------

    @PostMapping("/people/{id}/account")
    String createAccount(@PathVariable UUID id, @RequestParam(required = false) String username,
            @RequestParam(required = false) Set<Role> roles, Model model) {
        PersonView p = requireAdminOf(id);
        try {
            AccountManagement.CreatedAccount created = management.createAccount(id, username, roles);
            // Shown once, on this answer only (never stored in the session or a redirect).
            model.addAttribute("initialPassword", created.initialPassword());
            model.addAttribute("flash", "organizations.flash.accountCreated");
        } catch (DomainException e) {
            model.addAttribute("accountError", e.messageKey());
            model.addAttribute("accountErrorField", e.field());
            model.addAttribute("typedUsername", username);
            model.addAttribute("typedRoles", roles == null ? Set.of() : roles);
        }
        return personPage(management.person(p.id()).item(), model);
    }

    @PostMapping("/people/{id}/account/roles")
    String setRoles(@PathVariable UUID id, @RequestParam(required = false) Set<Role> roles, Model model,
            RedirectAttributes redirect) {
        PersonView p = requireAdminOf(id);
        try {
            management.setRoles(id, roles);
        } catch (DomainException e) {
            model.addAttribute("accountError", e.messageKey());
            model.addAttribute("accountErrorField", e.field());
            return personPage(p, model);
        }
        redirect.addFlashAttribute("flash", "organizations.flash.rolesSaved");
        return "redirect:/people/" + id;
    }

    @PostMapping("/people/{id}/account/enabled")
    String setEnabled(@PathVariable UUID id, @RequestParam boolean enabled, RedirectAttributes redirect) {
        requireAdminOf(id);
        management.setEnabled(id, enabled);
        redirect.addFlashAttribute("flash", enabled ? "organizations.flash.accountEnabled" : "organizations.flash.accountDisabled");
        return "redirect:/people/" + id;
    }

    @PostMapping("/people/{id}/account/unlock")
    String unlock(@PathVariable UUID id, RedirectAttributes redirect) {
        requireAdminOf(id);
        management.unlock(id);
        redirect.addFlashAttribute("flash", "organizations.flash.accountUnlocked");
        return "redirect:/people/" + id;
    }

    @PostMapping("/people/{id}/account/reset-second-factor")
    String resetSecondFactor(@PathVariable UUID id, RedirectAttributes redirect) {
        requireAdminOf(id);
        management.resetSecondFactor(id);
        redirect.addFlashAttribute("flash", "organizations.flash.secondFactorReset");
        return "redirect:/people/" + id;
    }

    private PersonView requireAdminOf(UUID personId) {
        access.requireActor();
        PersonView p = directory.person(personId).orElseThrow(() -> DomainException.notFound("person"));
        access.requireAgencyAdmin(p.agencyId());
        return p;
    }

    private Map<UUID, UnitView> unitNames(UUID agencyId) {
        Map<UUID, UnitView> names = new HashMap<>();
        directory.units(agencyId).forEach(u -> names.put(u.id(), u));
        return names;
    }
}
