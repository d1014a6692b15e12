package vn.liaison.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.liaison.security.AccessPolicy;

/** The home page: what the signed-in person's agency has going on, in real figures. */
@Controller
class HomeController {

    private final AccessPolicy accessPolicy;
    private final HomeFigures figures;

    HomeController(AccessPolicy accessPolicy, HomeFigures figures) {
        this.accessPolicy = accessPolicy;
        this.figures = figures;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("figures", figures.forActor(accessPolicy.requireActor()));
        return "home";
    }
}
