package dev.boucle.people;

import dev.boucle.platform.BadInput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The two pages anyone may open: asking for a reset link, and choosing a password with a
 * mailed link (an invitation or a reset). The link's secret is the credential.
 */
@Controller
class PasswordPages {

    private final Passwords passwords;

    PasswordPages(Passwords passwords) {
        this.passwords = passwords;
    }

    @GetMapping("/password/forgot")
    String forgot(Model model) {
        model.addAttribute("sent", false);
        return "password-forgot";
    }

    /** The same answer whatever the address, so the page tells nobody who has an account. */
    @PostMapping("/password/forgot")
    String requested(@RequestParam(required = false) @Nullable String email, HttpServletRequest request, Model model) {
        passwords.forgot(email == null ? "" : email, request.getRemoteAddr());
        model.addAttribute("sent", true);
        return "password-forgot";
    }

    @GetMapping("/password/set")
    String choose(@RequestParam(required = false) @Nullable String token, Model model, HttpServletResponse response) {
        String secret = token == null ? "" : token;
        Map<String, String> errors = passwords.usable(secret) ? Map.of() : Map.of("token", "users.link.invalid");
        if (!errors.isEmpty()) response.setStatus(HttpStatus.NOT_FOUND.value());
        return setPage(model, secret, errors);
    }

    @PostMapping("/password/set")
    String set(@RequestParam(required = false) @Nullable String token, @RequestParam(required = false) @Nullable String password,
            @RequestParam(required = false) @Nullable String confirmation, Model model, HttpServletResponse response) {
        try {
            passwords.set(token, password, confirmation);
            return "redirect:/login?password";
        } catch (BadInput e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return setPage(model, token == null ? "" : token, e.fieldErrors());
        }
    }

    private static String setPage(Model model, String token, Map<String, String> errors) {
        model.addAttribute("token", token);
        model.addAttribute("errors", errors);
        return "password-set";
    }
}
