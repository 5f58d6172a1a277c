package dev.boucle.people;

import dev.boucle.platform.BadInput;
import dev.boucle.platform.Conflict;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The admin's pages for people: the list with an invitation form, and one user's roles,
 * language, activation and API tokens. Offices and languages of an interviewer are the
 * scheduling module's (its profile page), which the user page links to.
 */
@Controller
@Team.Admins
class UserPages {

    private final UserAdministration admin;
    private final Passwords passwords;

    UserPages(UserAdministration admin, Passwords passwords) {
        this.admin = admin;
        this.passwords = passwords;
    }

    @GetMapping("/admin/users")
    String list(@RequestParam(required = false) @Nullable String invited, Model model) {
        return listPage(model, Map.of(), Map.of(), List.of(), invited != null);
    }

    /** Invites a new user: no password is set, the mail's link lets them choose one. */
    @PostMapping("/admin/users")
    String invite(@RequestParam(required = false) @Nullable String email, @RequestParam(required = false) @Nullable String name,
            @RequestParam(required = false) @Nullable List<String> roles, @RequestParam(required = false) @Nullable String locale,
            Model model, HttpServletResponse response) {
        List<String> chosen = roles == null ? List.of() : roles;
        try {
            CurrentUser user = admin.create(new UserAdministration.NewUser(email, name, chosen, locale, null));
            passwords.invite(user.id());
            return "redirect:/admin/users?invited";
        } catch (BadInput e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            Map<String, String> typed = new java.util.HashMap<>();
            if (email != null) typed.put("email", email);
            if (name != null) typed.put("name", name);
            if (locale != null) typed.put("locale", locale);
            return listPage(model, e.fieldErrors(), typed, chosen, false);
        }
    }

    @GetMapping("/admin/users/{id}")
    String user(@PathVariable long id, Model model) {
        return userPage(model, id, Map.of(), null, null);
    }

    @PostMapping("/admin/users/{id}")
    String update(@PathVariable long id, @RequestParam(required = false) @Nullable String name,
            @RequestParam(required = false) @Nullable List<String> roles, @RequestParam(required = false) @Nullable String locale,
            Model model, HttpServletResponse response) {
        return change(id, new UserAdministration.UserUpdate(name == null ? "" : name, roles == null ? List.of() : roles,
                locale == null ? "" : locale, null), model, response);
    }

    /** Activates or deactivates; deactivating asks for a ticked confirmation first. */
    @PostMapping("/admin/users/{id}/active")
    String active(@PathVariable long id, @RequestParam(required = false) @Nullable String active,
            @RequestParam(required = false) @Nullable String confirm, Model model, HttpServletResponse response) {
        boolean on = "true".equals(active);
        if (!on && confirm == null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return userPage(model, id, Map.of("confirm", "users.page.confirm-needed"), null, null);
        }
        return change(id, new UserAdministration.UserUpdate(null, null, null, on), model, response);
    }

    @PostMapping("/admin/users/{id}/invite")
    String reinvite(@PathVariable long id, Model model, HttpServletResponse response) {
        try {
            passwords.invite(id);
            return userPage(model, id, Map.of(), null, "users.page.invited");
        } catch (Conflict e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return userPage(model, id, Map.of("active", e.messageKey()), null, null);
        }
    }

    @PostMapping("/admin/users/{id}/tokens")
    String token(@PathVariable long id, @RequestParam(required = false) @Nullable String label, Model model,
            HttpServletResponse response) {
        try {
            ApiTokens.Issued issued = admin.issueToken(id, label);
            return userPage(model, id, Map.of(), issued.token(), null);
        } catch (BadInput e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return userPage(model, id, e.fieldErrors(), null, null);
        }
    }

    @PostMapping("/admin/users/{id}/tokens/{tokenId}/revoke")
    String revoke(@PathVariable long id, @PathVariable long tokenId) {
        admin.revokeToken(id, tokenId);
        return "redirect:/admin/users/" + id;
    }

    private String change(long id, UserAdministration.UserUpdate update, Model model, HttpServletResponse response) {
        try {
            admin.update(CurrentUser.get().id(), id, update);
            return "redirect:/admin/users/" + id;
        } catch (BadInput e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return userPage(model, id, e.fieldErrors(), null, null);
        } catch (Conflict e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return userPage(model, id, Map.of("active", e.messageKey()), null, null);
        }
    }

    private String listPage(Model model, Map<String, String> errors, Map<String, String> typed, List<String> chosen, boolean invited) {
        model.addAttribute("accounts", admin.accounts());
        model.addAttribute("roles", List.of(Role.values()));
        model.addAttribute("errors", errors);
        model.addAttribute("typed", typed);
        model.addAttribute("chosen", chosen.stream().map(r -> r.toUpperCase(java.util.Locale.ROOT)).toList());
        model.addAttribute("invited", invited);
        return "admin-users";
    }

    private String userPage(Model model, long id, Map<String, String> errors, @Nullable String newToken, @Nullable String notice) {
        model.addAttribute("account", admin.account(id));
        model.addAttribute("tokens", admin.tokensOf(id));
        model.addAttribute("roles", List.of(Role.values()));
        model.addAttribute("errors", errors);
        model.addAttribute("newToken", newToken);
        model.addAttribute("notice", notice);
        return "admin-user";
    }
}
