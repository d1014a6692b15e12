package vn.liaison.security.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.http.HttpStatus;

import vn.liaison.security.account.DemoLogins;

/** The sign-in page; in demo mode it also lists the demo accounts with their current codes. */
@Controller
class LoginController {

    private final DemoLogins demo;

    LoginController(DemoLogins demo) {
        this.demo = demo;
    }

    @GetMapping("/login")
    String login(Model model) {
        addDemo(model, demo);
        return "security/login";
    }

    /** The demo panel alone, refreshed by htmx every few seconds so the codes shown are always current. */
    @GetMapping("/login/demo-codes")
    String demoCodes(Model model) {
        if (!demo.shown()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        addDemo(model, demo);
        return "security/login :: demo";
    }

    /** The model decision: demo accounts, password and codes only in demo mode; nothing of them otherwise. */
    static void addDemo(Model model, DemoLogins demo) {
        model.addAttribute("demoMode", demo.shown());
        if (demo.shown()) {
            model.addAttribute("demoPassword", demo.password());
            model.addAttribute("demoLogins", demo.logins());
            model.addAttribute("demoSecondsLeft", demo.secondsLeft());
        }
    }
}
