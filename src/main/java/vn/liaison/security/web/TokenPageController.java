package vn.liaison.security.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.liaison.security.AccessPolicy;
import vn.liaison.security.Actor;
import vn.liaison.security.ApiScope;
import vn.liaison.security.Role;
import vn.liaison.security.token.ApiTokenService;
import vn.liaison.security.token.CreatedToken;
import vn.liaison.security.token.NewToken;
import vn.liaison.security.token.TokenStatus;
import vn.liaison.shared.Classification;
import vn.liaison.shared.DomainException;
import vn.liaison.shared.PageRequest;

/** The agency administrator's screen of API tokens: list, create (secret shown once), revoke. */
@Controller
class TokenPageController {

    private final AccessPolicy policy;
    private final ApiTokenService tokens;
    private final java.time.Clock clock;

    TokenPageController(AccessPolicy policy, ApiTokenService tokens, java.time.Clock clock) {
        this.policy = policy;
        this.tokens = tokens;
        this.clock = clock;
    }

    /** The creation form; validity as text so that a non-number gets a message rather than a conversion error. */
    public static class TokenForm {
        private String name;
        private List<ApiScope> scopes = new ArrayList<>();
        private String expiresInDays = String.valueOf(ApiTokenService.DEFAULT_DAYS);
        private Classification clearance = Classification.UNCLASSIFIED;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public List<ApiScope> getScopes() {
            return scopes;
        }

        public void setScopes(List<ApiScope> scopes) {
            this.scopes = scopes == null ? new ArrayList<>() : scopes;
        }

        public String getExpiresInDays() {
            return expiresInDays;
        }

        public void setExpiresInDays(String expiresInDays) {
            this.expiresInDays = expiresInDays;
        }

        public Classification getClearance() {
            return clearance;
        }

        public void setClearance(Classification clearance) {
            this.clearance = clearance;
        }
    }

    @GetMapping("/security/tokens")
    String list(@RequestParam(required = false) TokenStatus status, @RequestParam(required = false) Integer page,
            Model model) {
        Actor admin = policy.requireRole(Role.AGENCY_ADMIN, Role.SYSTEM_ADMIN);
        model.addAttribute("form", new TokenForm());
        fill(model, admin, status, page);
        return "security/tokens";
    }

    @PostMapping("/security/tokens")
    String create(@ModelAttribute("form") TokenForm form, BindingResult errors, Model model) {
        Actor admin = policy.requireRole(Role.AGENCY_ADMIN);
        Integer days = null;
        String daysText = form.getExpiresInDays() == null ? "" : form.getExpiresInDays().trim();
        if (!daysText.isEmpty()) {
            try {
                days = Integer.valueOf(daysText);
            } catch (NumberFormatException e) {
                errors.rejectValue("expiresInDays", "security.tokens.days.range",
                        new Object[] {1, ApiTokenService.MAX_DAYS}, null);
            }
        }
        if (!errors.hasErrors()) {
            try {
                CreatedToken created = tokens.create(admin, new NewToken(form.getName(),
                        form.getScopes().isEmpty() ? null : EnumSet.copyOf(form.getScopes()), days, form.getClearance()));
                model.addAttribute("created", created);
                model.addAttribute("form", new TokenForm());
            } catch (DomainException e) {
                errors.rejectValue(e.field() == null ? "name" : e.field(), e.messageKey(), e.args(), null);
            }
        }
        fill(model, admin, null, 0);
        return "security/tokens";
    }

    @PostMapping("/security/tokens/{id}/revoke")
    String revoke(@PathVariable UUID id, RedirectAttributes redirect) {
        Actor admin = policy.requireRole(Role.AGENCY_ADMIN, Role.SYSTEM_ADMIN);
        tokens.revoke(admin, id);
        redirect.addFlashAttribute("flash", "security.tokens.revoked");
        return "redirect:/security/tokens";
    }

    private void fill(Model model, Actor admin, TokenStatus status, Integer page) {
        model.addAttribute("tokens", tokens.list(admin, status, PageRequest.of(page, 20)));
        model.addAttribute("status", status);
        model.addAttribute("statuses", TokenStatus.values());
        model.addAttribute("allScopes", ApiScope.values());
        model.addAttribute("clearances", Arrays.stream(Classification.values())
                .filter(c -> admin.clearance().dominates(c) && policy.ceiling().dominates(c)).toList());
        model.addAttribute("agencyMissing", admin.agencyId() == null);
        model.addAttribute("fmt", new TimeText(clock));
    }
}
