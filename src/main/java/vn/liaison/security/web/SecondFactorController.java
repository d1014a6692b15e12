package vn.liaison.security.web;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import vn.liaison.security.Actor;
import vn.liaison.security.account.AccountRow;
import vn.liaison.security.account.Base32;
import vn.liaison.security.account.QrCodes;
import vn.liaison.security.account.SecurityProperties;
import vn.liaison.security.account.SignInService;
import vn.liaison.security.account.Totp;

/**
 * The second step of a sign-in: the six-digit code (or a recovery code) of an enrolled account, or the
 * enrolment of a new one (QR code, confirmation with a current code, ten recovery codes shown once).
 * Only a session whose password step passed reaches these pages; anyone else goes back to the sign-in page.
 */
@Controller
class SecondFactorController {

    static final String ENROL_SECRET = "liaison.enrol.secret";

    private final SignInService signIn;
    private final SignInCompletion completion;
    private final SecurityProperties properties;

    SecondFactorController(SignInService signIn, SignInCompletion completion, SecurityProperties properties) {
        this.signIn = signIn;
        this.completion = completion;
        this.properties = properties;
    }

    @GetMapping("/login/second-factor")
    String codeForm(Model model) {
        Optional<AccountRow> account = pendingAccount();
        if (account.isEmpty()) {
            return "redirect:/login";
        }
        if (!account.get().totpEnrolled()) {
            return "redirect:/login/enrol";
        }
        return "security/second-factor";
    }

    @PostMapping("/login/second-factor")
    String checkCode(@RequestParam(name = "code", required = false) String code, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        Optional<AccountRow> account = pendingAccount();
        if (account.isEmpty()) {
            return "redirect:/login";
        }
        if (code == null || code.isBlank()) {
            model.addAttribute("codeError", "security.secondFactor.code.required");
            return "security/second-factor";
        }
        SignInService.Result result = signIn.checkSecondFactor(account.get().id(), code, request.getRemoteAddr());
        return switch (result.outcome()) {
            case OK -> {
                completion.complete(result.account(), request, response);
                yield "redirect:/";
            }
            case LOCKED -> {
                completion.abandon(request, response);
                yield "redirect:/login?locked";
            }
            case FAILED -> {
                model.addAttribute("codeError", "security.secondFactor.code.wrong");
                yield "security/second-factor";
            }
        };
    }

    @GetMapping("/login/enrol")
    String enrolForm(Model model, HttpSession session) {
        Optional<AccountRow> account = pendingAccount();
        if (account.isEmpty()) {
            return "redirect:/login";
        }
        if (account.get().totpEnrolled()) {
            return "redirect:/login/second-factor";
        }
        enrolModel(model, session, account.get());
        return "security/enrol";
    }

    @PostMapping("/login/enrol")
    String confirmEnrolment(@RequestParam(name = "code", required = false) String code, Model model,
            HttpSession session, HttpServletRequest request, HttpServletResponse response) {
        Optional<AccountRow> account = pendingAccount();
        if (account.isEmpty()) {
            return "redirect:/login";
        }
        if (account.get().totpEnrolled()) {
            return "redirect:/login/second-factor";
        }
        byte[] secret = secret(session);
        if (code == null || !code.trim().matches("\\d{6}")) {
            model.addAttribute("codeError", "security.enrol.code.format");
            enrolModel(model, session, account.get());
            return "security/enrol";
        }
        Optional<List<String>> codes = signIn.confirmEnrolment(account.get().id(), secret, code.trim(), request.getRemoteAddr());
        if (codes.isEmpty()) {
            if (signIn.locked(account.get().id())) {
                completion.abandon(request, response);
                return "redirect:/login?locked";
            }
            model.addAttribute("codeError", "security.enrol.code.wrong");
            enrolModel(model, session, account.get());
            return "security/enrol";
        }
        session.removeAttribute(ENROL_SECRET);
        completion.complete(signIn.account(account.get().id()).orElseThrow(), request, response);
        model.addAttribute("recoveryCodes", codes.get());
        model.addAttribute("afterEnrolment", true);
        return "security/recovery-codes";
    }

    private void enrolModel(Model model, HttpSession session, AccountRow account) {
        byte[] secret = secret(session);
        String uri = Totp.uri(properties.issuer(), account.username(), secret);
        model.addAttribute("qr", QrCodes.pngDataUri(uri, 240));
        model.addAttribute("secret", Base32.encode(secret).replaceAll("(.{4})(?!$)", "$1 "));
        model.addAttribute("issuer", properties.issuer());
        model.addAttribute("username", account.username());
    }

    private byte[] secret(HttpSession session) {
        Object stored = session.getAttribute(ENROL_SECRET);
        if (stored instanceof String s) {
            return Base32.decode(s);
        }
        byte[] secret = signIn.newSecret();
        session.setAttribute(ENROL_SECRET, Base32.encode(secret));
        return secret;
    }

    private Optional<AccountRow> pendingAccount() {
        return completion.pending().map(Actor::accountId).flatMap(signIn::account);
    }
}
