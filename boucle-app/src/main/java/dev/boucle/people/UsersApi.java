package dev.boucle.people;

import dev.boucle.platform.ApiController;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** Users and their tokens; admin only. */
@ApiController("/api/v1/users")
@Team.Admins
class UsersApi {

    private final UserAdministration admin;
    private final Passwords passwords;

    UsersApi(UserAdministration admin, Passwords passwords) {
        this.admin = admin;
        this.passwords = passwords;
    }

    record UserView(long id, String email, String name, List<Role> roles, String locale, boolean active,
            java.time.@org.jspecify.annotations.Nullable Instant lastSignInAt) {
        static UserView of(Users.Account a) {
            CurrentUser u = a.user();
            return new UserView(u.id(), u.email(), u.name(), u.roles().stream().sorted().toList(), u.locale(), a.active(), a.lastSignInAt());
        }
    }

    @GetMapping
    List<UserView> list() {
        return admin.accounts().stream().map(UserView::of).toList();
    }

    /** Creates a user; one without a password is mailed an invitation to choose one. */
    @PostMapping
    ResponseEntity<UserView> create(@RequestBody UserAdministration.NewUser body) {
        CurrentUser user = admin.create(body);
        if (body.password() == null) passwords.invite(user.id());
        UserView created = UserView.of(admin.account(user.id()));
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.id())).body(created);
    }

    @GetMapping("/{id}")
    UserView get(@PathVariable long id) {
        return UserView.of(admin.account(id));
    }

    @PutMapping("/{id}")
    UserView update(@PathVariable long id, @RequestBody UserAdministration.UserUpdate body) {
        return UserView.of(admin.update(CurrentUser.get().id(), id, body));
    }

    /** Mails a new invitation link; earlier links stop working. */
    @PostMapping("/{id}/invite")
    ResponseEntity<Void> invite(@PathVariable long id) {
        passwords.invite(id);
        return ResponseEntity.accepted().build();
    }

    record TokenRequest(String label) {}

    @PostMapping("/{id}/tokens")
    ResponseEntity<ApiTokens.Issued> token(@PathVariable long id, @RequestBody(required = false) TokenRequest body) {
        ApiTokens.Issued issued = admin.issueToken(id, body == null ? null : body.label());
        return ResponseEntity.created(URI.create("/api/v1/users/" + id + "/tokens/" + issued.id())).body(issued);
    }

    @GetMapping("/{id}/tokens")
    List<ApiToken> tokens(@PathVariable long id) {
        return admin.tokensOf(id);
    }

    /** Revokes a token at once on this node, within seconds on the others (see ApiTokens). */
    @DeleteMapping("/{id}/tokens/{tokenId}")
    ResponseEntity<Void> revoke(@PathVariable long id, @PathVariable long tokenId) {
        admin.revokeToken(id, tokenId);
        return ResponseEntity.noContent().build();
    }
}
