package dev.boucle.people;

import dev.boucle.platform.ApiController;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** Users and their tokens; admin only. */
@ApiController("/api/v1/users")
@Team.Admins
class UsersApi {

    private final UserAdministration admin;
    private final Users users;

    UsersApi(UserAdministration admin, Users users) {
        this.admin = admin;
        this.users = users;
    }

    record UserView(long id, String email, String name, List<Role> roles, String locale) {
        static UserView of(CurrentUser u) {
            return new UserView(u.id(), u.email(), u.name(), u.roles().stream().sorted().toList(), u.locale());
        }
    }

    @GetMapping
    List<UserView> list() {
        return users.all().stream().map(UserView::of).toList();
    }

    @PostMapping
    ResponseEntity<UserView> create(@RequestBody UserAdministration.NewUser body) {
        UserView created = UserView.of(admin.create(body));
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.id())).body(created);
    }

    record TokenRequest(String label) {}

    @PostMapping("/{id}/tokens")
    ResponseEntity<ApiTokens.Issued> token(@PathVariable long id, @RequestBody(required = false) TokenRequest body) {
        ApiTokens.Issued issued = admin.issueToken(id, body == null ? null : body.label());
        return ResponseEntity.created(URI.create("/api/v1/users/" + id + "/tokens/" + issued.id())).body(issued);
    }

    @GetMapping("/{id}/tokens")
    List<ApiTokens.Listed> tokens(@PathVariable long id) {
        return admin.tokensOf(id);
    }

    /** Revokes a token at once on this node, within seconds on the others (see ApiTokens). */
    @DeleteMapping("/{id}/tokens/{tokenId}")
    ResponseEntity<Void> revoke(@PathVariable long id, @PathVariable long tokenId) {
        admin.revokeToken(id, tokenId);
        return ResponseEntity.noContent().build();
    }
}
