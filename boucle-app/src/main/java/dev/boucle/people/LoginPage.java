package dev.boucle.people;

import dev.boucle.platform.BoucleProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in form; the demo accounts are listed on it only in demo mode. */
@Controller
class LoginPage {

    private static final java.util.Set<String> SSO_REFUSALS = java.util.Set.of("no-role", "inactive", "no-email", "failed");
    private final BoucleProperties props;
    private final SsoSettings sso;

    LoginPage(BoucleProperties props, SsoSettings sso) {
        this.props = props;
        this.sso = sso;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String out,
            @RequestParam(required = false) String throttled, @RequestParam(required = false) String password,
            @RequestParam(required = false) String sso, Model model) {
        model.addAttribute("failed", error != null);
        model.addAttribute("throttled", throttled != null);
        model.addAttribute("signedOut", out != null);
        model.addAttribute("demo", props.demo());
        model.addAttribute("passwordSet", password != null);
        model.addAttribute("ssoLabel", this.sso.enabled() ? this.sso.label() : null);
        model.addAttribute("ssoRefusal", sso != null && SSO_REFUSALS.contains(sso) ? "login.sso." + sso : null);
        return "login";
    }
}
