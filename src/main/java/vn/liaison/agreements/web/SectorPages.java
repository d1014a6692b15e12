package vn.liaison.agreements.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import vn.liaison.agreements.SectorCatalog;
import vn.liaison.security.AccessPolicy;
import vn.liaison.shared.DomainException;

/** The sectors reference list, which a system administrator extends. */
@Controller
class SectorPages {

    private final SectorCatalog sectors;
    private final AccessPolicy policy;

    SectorPages(SectorCatalog sectors, AccessPolicy policy) {
        this.sectors = sectors;
        this.policy = policy;
    }

    @GetMapping("/sectors")
    String list(Model model) {
        policy.requireSystemAdmin();
        model.addAttribute("sectors", sectors.all());
        return "agreements/sectors";
    }

    @PostMapping("/sectors")
    String add(@RequestParam(required = false) String code, @RequestParam(required = false) String nameVi,
            @RequestParam(required = false) String nameEn, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        policy.requireSystemAdmin();
        try {
            sectors.add(code, nameVi, nameEn);
            redirect.addFlashAttribute("flash", "agreements.flash.sectorAdded");
            return "redirect:/sectors";
        } catch (DomainException e) {
            response.setStatus(422);
            model.addAttribute("error", e);
            model.addAttribute("errorField", e.field());
            model.addAttribute("code", code);
            model.addAttribute("nameVi", nameVi);
            model.addAttribute("nameEn", nameEn);
            model.addAttribute("sectors", sectors.all());
            return "agreements/sectors";
        }
    }
}
