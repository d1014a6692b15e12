package vn.liaison.organizations.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.liaison.organizations.AgencyDirectory;
import vn.liaison.organizations.OrganizationManagement;
import vn.liaison.organizations.PersonView;
import vn.liaison.security.AccessPolicy;
import vn.liaison.shared.ContentArea;
import vn.liaison.shared.DomainException;

/** The agency administrator names the contact person for each content area. */
@Controller
class FocalPointPages {

    private final AccessPolicy access;
    private final OrganizationManagement management;
    private final AgencyDirectory directory;

    FocalPointPages(AccessPolicy access, OrganizationManagement management, AgencyDirectory directory) {
        this.access = access;
        this.management = management;
        this.directory = directory;
    }

    @GetMapping("/agencies/{agencyId}/focal-points/edit")
    String form(@PathVariable UUID agencyId, Model model) {
        access.requireAgencyAdmin(agencyId);
        Map<String, String> chosen = new LinkedHashMap<>();
        management.focalPoints(agencyId).forEach(f -> chosen.put(f.area().name(), f.personId().toString()));
        return page(agencyId, chosen, Map.of(), model);
    }

    @PostMapping("/agencies/{agencyId}/focal-points")
    String save(@PathVariable UUID agencyId, @RequestParam MultiValueMap<String, String> params, Model model,
            RedirectAttributes redirect) {
        access.requireAgencyAdmin(agencyId);
        Map<String, String> chosen = new LinkedHashMap<>();
        for (ContentArea area : ContentArea.values()) {
            String v = params.getFirst("area_" + area.name());
            chosen.put(area.name(), v == null ? "" : v);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Map<ContentArea, UUID> contacts = new java.util.EnumMap<>(ContentArea.class);
        for (ContentArea area : ContentArea.values()) {
            String v = chosen.get(area.name());
            try {
                contacts.put(area, v.isBlank() ? null : UUID.fromString(v));
            } catch (IllegalArgumentException e) {
                errors.put(area.name(), "organizations.error.person.unknown");
            }
        }
        if (errors.isEmpty()) {
            try {
                management.setFocalPoints(agencyId, contacts);
            } catch (DomainException e) {
                errors.put(e.field() == null ? "" : e.field(), e.messageKey());
            }
        }
        if (!errors.isEmpty()) {
            return page(agencyId, chosen, errors, model);
        }
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/agencies/" + agencyId;
    }

    private String page(UUID agencyId, Map<String, String> chosen, Map<String, String> errors, Model model) {
        List<PersonView> people = directory.people(agencyId).stream().filter(PersonView::active).toList();
        model.addAttribute("agency", management.agency(agencyId).item());
        model.addAttribute("areas", ContentArea.values());
        model.addAttribute("people", people);
        model.addAttribute("chosen", chosen);
        model.addAttribute("errors", errors);
        return "organizations/focal-points";
    }
}
