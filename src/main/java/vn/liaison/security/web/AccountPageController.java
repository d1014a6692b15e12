package vn.liaison.security.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.liaison.security.AccessPolicy;
import vn.liaison.security.Actor;
import vn.liaison.security.account.AccountService;
import vn.liaison.security.account.SignInService;
import vn.liaison.shared.DomainException;

/** The signed-in person's own account: profile, password change, new recovery codes. */
@Controller
class AccountPageController {

    private final AccessPolicy policy;
    private final AccountService accounts;
    private final SignInService signIn;
    private final java.time.Clock clock;

    AccountPageController(AccessPolicy policy, AccountService accounts, SignInService signIn, java.time.Clock clock) {
        this.policy = policy;
        this.accounts = accounts;
        this.signIn = signIn;
        this.clock = clock;
    }

    /** The password form; never echoed back (password fields are re-rendered empty). */
    public static class PasswordForm {
        private String currentPassword;
        private String newPassword;
        private String confirmPassword;

        public String getCurrentPassword() {
            return currentPassword;
        }

        public void setCurrentPassword(String currentPassword) {
            this.currentPassword = currentPassword;
        }

        public String getNewPassword() {
            return newPassword;
        }

        public void setNewPassword(String newPassword) {
            this.newPassword = newPassword;
        }

        public String getConfirmPassword() {
            return confirmPassword;
        }

        public void setConfirmPassword(String confirmPassword) {
            this.confirmPassword = confirmPassword;
        }
    }

    @GetMapping("/account")
    String page(Model model) {
        Actor me = policy.requireActor();
        model.addAttribute("passwordForm", new PasswordForm());
        fill(model, me);
        return "security/account";
    }

    @PostMapping("/account/password")
    String changePassword(@ModelAttribute("passwordForm") PasswordForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        Actor me = policy.requireActor();
        if (form.getNewPassword() != null && !form.getNewPassword().equals(form.getConfirmPassword())) {
            errors.rejectValue("confirmPassword", "security.password.mismatch");
        } else {
            try {
                accounts.changePassword(me.accountId(), form.getCurrentPassword(), form.getNewPassword());
                redirect.addFlashAttribute("flash", "security.me.passwordChanged");
                return "redirect:/account";
            } catch (DomainException e) {
                if (e.field() == null) {
                    throw e;
                }
                errors.rejectValue(e.field(), e.messageKey(), e.args(), null);
            }
        }
        form.setCurrentPassword(null);
        form.setNewPassword(null);
        form.setConfirmPassword(null);
        fill(model, me);
        return "security/account";
    }

    @PostMapping("/account/recovery-codes")
    String regenerateRecoveryCodes(Model model) {
        Actor me = policy.requireActor();
        if (me.accountId() == null || signIn.account(me.accountId()).isEmpty()) {
            throw new DomainException(DomainException.Kind.NOT_FOUND, "security.account.notFound");
        }
        List<String> codes = signIn.regenerateRecoveryCodes(me.accountId());
        model.addAttribute("recoveryCodes", codes);
        model.addAttribute("afterEnrolment", false);
        return "security/recovery-codes";
    }

    private void fill(Model model, Actor me) {
        model.addAttribute("me", me);
        model.addAttribute("fmt", new TimeText(clock));
        var account = me.accountId() == null ? null : accounts.account(me.accountId()).orElse(null);
        model.addAttribute("account", account);
        model.addAttribute("recoveryLeft", account == null ? 0 : signIn.unusedRecoveryCodes(account.id()));
    }
}
