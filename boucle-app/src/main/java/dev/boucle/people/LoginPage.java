package dev.boucle.people;

import dev.boucle.platform.BoucleProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in form; the demo accounts are listed on it only in demo mode. */
@Controller
class LoginPage {

    private final BoucleProperties props;

    LoginPage(BoucleProperties props) {
        this.props = props;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String out,
            @RequestParam(required = false) String throttled, @RequestParam(required = false) String password, Model model) {
        model.addAttribute("failed", error != null);
        model.addAttribute("throttled", throttled != null);
        model.addAttribute("signedOut", out != null);
        model.addAttribute("demo", props.demo());
        model.addAttribute("passwordSet", password != null);
        return "login";
    }
}
