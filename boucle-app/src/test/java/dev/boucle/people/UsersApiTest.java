package dev.boucle.people;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.Api;
import dev.boucle.BoucleIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Users and tokens: admin only, tokens hashed, passwords hashed, bad input named. */
class UsersApiTest extends BoucleIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    @DisplayName("an admin creates a user and a token; the token works and only its hash is stored")
    void createUserAndToken() {
        String email = unique("Recruiter") + "@Boucle.test";
        Api.Response created = admin().post("/api/v1/users",
                Map.of("email", email, "name", "Rita", "roles", List.of("recruiter"), "locale", "fr", "password", PASSWORD));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("email").asString()).isEqualTo(email.toLowerCase());
        long id = created.json().get("id").asLong();
        Api.Response token = admin().post("/api/v1/users/" + id + "/tokens", Map.of("label", "ci"));
        assertThat(token.status()).isEqualTo(201);
        String secret = token.json().get("token").asString();
        assertThat(secret).startsWith("bcl_").hasSizeGreaterThan(40);
        assertThat(Api.bearer(port, secret).get("/api/v1/jobs").status()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from api_tokens where token_hash = ?").param(secret).query(Long.class).single()).isZero();
        // What is stored is the SHA-256 of the token, computed here independently, on the right user's row.
        String expected = java.util.HexFormat.of().formatHex(sha256(secret));
        assertThat(jdbc.sql("select user_id from api_tokens where token_hash = ?").param(expected).query(Long.class).single())
                .isEqualTo(id);
        String hash = jdbc.sql("select password_hash from users where id = ?").param(id).query(String.class).single();
        assertThat(hash).doesNotContain(PASSWORD).startsWith("{bcrypt}");
        // Form sign-in works with the password, whatever the e-mail's case.
        Api.session(port, email.toUpperCase(), PASSWORD);
    }

    @Test
    @DisplayName("bad users are refused field by field and nothing is created")
    void badUsers() {
        long before = jdbc.sql("select count(*) from users").query(Long.class).single();
        Api.Response r = admin().post("/api/v1/users", Map.of("email", "nope", "name", "", "roles", List.of("KING"), "locale", "de",
                "password", "short"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors").propertyNames()).containsExactlyInAnyOrder("email", "name", "roles", "locale", "password");
        assertThat(jdbc.sql("select count(*) from users").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    @DisplayName("only admins manage users")
    void adminOnly() {
        Person recruiter = person("RECRUITER");
        assertThat(recruiter.api().post("/api/v1/users", Map.of("email", "x@y.zz", "name", "X", "roles", List.of("ADMIN"))).status())
                .isEqualTo(403);
        assertThat(recruiter.api().post("/api/v1/users/" + recruiter.id() + "/tokens", Map.of()).status()).isEqualTo(403);
    }

    private static byte[] sha256(String text) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    @DisplayName("tokens are listed without their secret and revoked at once; another user's token is not found")
    void revokeTokens() {
        Person owner = person("RECRUITER");
        Person other = person("RECRUITER");
        Api.Response issued = admin().post("/api/v1/users/" + owner.id() + "/tokens", Map.of("label", "integration"));
        assertThat(issued.status()).isEqualTo(201);
        long tokenId = issued.json().get("id").asLong();
        String secret = issued.json().get("token").asString();
        Api integration = Api.bearer(port, secret);
        assertThat(integration.get("/api/v1/jobs").status()).isEqualTo(200);

        Api.Response listed = admin().get("/api/v1/users/" + owner.id() + "/tokens");
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body()).contains("\"integration\"").doesNotContain(secret).doesNotContain("bcl_");

        assertThat(admin().send("DELETE", "/api/v1/users/" + other.id() + "/tokens/" + tokenId, "application/json", "").status())
                .isEqualTo(404);
        assertThat(integration.get("/api/v1/jobs").status()).isEqualTo(200);
        assertThat(admin().send("DELETE", "/api/v1/users/" + owner.id() + "/tokens/" + tokenId, "application/json", "").status())
                .isEqualTo(204);
        assertThat(integration.get("/api/v1/jobs").status()).isEqualTo(401);
        assertThat(owner.api().get("/api/v1/jobs").status()).as("the owner's other token").isEqualTo(200);
        assertThat(admin().get("/api/v1/users/" + owner.id() + "/tokens").json().findValues("revokedAt").stream()
                .filter(v -> !v.isNull()).count()).isEqualTo(1);
    }

    @Autowired
    Users users;
    @Autowired
    ApiTokens tokens;

    @Test
    @DisplayName("the bootstrap token is replaced when BOUCLE_ADMIN_TOKEN changes and revoked when it is unset")
    void bootstrapToken() {
        String next = "next-bootstrap-token-" + unique("t");
        try {
            new AdminBootstrap(propsWithToken(next), users, tokens).bootstrap();
            assertThat(Api.bearer(port, next).get("/api/v1/users").status()).isEqualTo(200);
            assertThat(admin().get("/api/v1/users").status()).as("the earlier bootstrap token").isEqualTo(401);

            new AdminBootstrap(propsWithToken(""), users, tokens).bootstrap();
            assertThat(Api.bearer(port, next).get("/api/v1/users").status()).isEqualTo(401);
        } finally {
            new AdminBootstrap(propsWithToken(ADMIN_TOKEN), users, tokens).bootstrap();
        }
        assertThat(admin().get("/api/v1/users").status()).isEqualTo(200);
    }

    @Autowired
    dev.boucle.platform.BoucleProperties props;

    private dev.boucle.platform.BoucleProperties propsWithToken(String token) {
        return new dev.boucle.platform.BoucleProperties(props.dataDir(), props.db(), props.demo(), token, props.processFile());
    }

    @Test
    @DisplayName("an admin reads and changes a user; bad fields are named and nothing changes")
    void updateUser() {
        Person rita = person("RECRUITER");
        Api.Response changed = admin().send("PUT", "/api/v1/users/" + rita.id(), "application/json",
                "{\"name\": \"Rita Moreau\", \"roles\": [\"RECRUITER\", \"interviewer\"], \"locale\": \"fr\"}");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        Api.Response read = admin().get("/api/v1/users/" + rita.id());
        assertThat(read.json().get("name").asString()).isEqualTo("Rita Moreau");
        assertThat(read.json().get("locale").asString()).isEqualTo("fr");
        assertThat(read.json().get("active").asBoolean()).isTrue();
        assertThat(read.json().get("roles").values().stream().map(n -> n.asString()).toList()).containsExactly("RECRUITER", "INTERVIEWER");

        Api.Response bad = admin().send("PUT", "/api/v1/users/" + rita.id(), "application/json",
                "{\"name\": \"\", \"roles\": [\"KING\"], \"locale\": \"de\", \"active\": false}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").propertyNames()).containsExactlyInAnyOrder("name", "roles", "locale");
        assertThat(admin().get("/api/v1/users/" + rita.id()).json().get("active").asBoolean()).as("nothing changed").isTrue();
        assertThat(admin().get("/api/v1/users/999999999").status()).isEqualTo(404);
        assertThat(rita.api().get("/api/v1/users/" + rita.id()).status()).isEqualTo(403);
    }

    @Test
    @DisplayName("deactivating a user stops their token and their page session at once; their row stays")
    void deactivate() {
        Person leaver = person("RECRUITER");
        Api page = Api.session(port, leaver.email(), PASSWORD);
        assertThat(page.get("/jobs").status()).isEqualTo(200);
        assertThat(leaver.api().get("/api/v1/jobs").status()).isEqualTo(200); // now remembered by ApiTokens

        Api.Response off = admin().send("PUT", "/api/v1/users/" + leaver.id(), "application/json", "{\"active\": false}");
        assertThat(off.status()).as(off.body()).isEqualTo(200);
        assertThat(off.json().get("active").asBoolean()).isFalse();
        assertThat(leaver.api().get("/api/v1/jobs").status()).as("the remembered token").isEqualTo(401);
        Api.Response after = page.get("/jobs");
        assertThat(after.status()).isEqualTo(302);
        assertThat(after.header("Location")).contains("/login");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> Api.session(port, leaver.email(), PASSWORD)))
                .as("sign-in refused").isInstanceOf(IllegalStateException.class);
        assertThat(admin().get("/api/v1/users/" + leaver.id()).status()).as("the row stays").isEqualTo(200);

        // Reactivated, they sign in again (the token was not revoked, only refused while inactive).
        admin().send("PUT", "/api/v1/users/" + leaver.id(), "application/json", "{\"active\": true}");
        assertThat(Api.session(port, leaver.email(), PASSWORD).get("/jobs").status()).isEqualTo(200);
    }

    @Test
    @DisplayName("a token's last use is recorded and listed, at most once a minute")
    void lastUse() {
        Person user = person("INTERVIEWER");
        Api.Response issued = admin().post("/api/v1/users/" + user.id() + "/tokens", Map.of("label", "laptop"));
        long tokenId = issued.json().get("id").asLong();
        assertThat(listed(user.id(), tokenId).get("lastUsedAt").isNull()).isTrue();
        Api laptop = Api.bearer(port, issued.json().get("token").asString());
        assertThat(laptop.get("/api/v1/jobs").status()).isEqualTo(200);
        var first = listed(user.id(), tokenId);
        assertThat(first.get("lastUsedAt").isNull()).isFalse();
        assertThat(first.get("label").asString()).isEqualTo("laptop");
        // Another call once the 10 s memory is forgotten on this node still writes nothing within the minute.
        tokens.forget(user.id());
        assertThat(laptop.get("/api/v1/jobs").status()).isEqualTo(200);
        assertThat(listed(user.id(), tokenId).get("lastUsedAt").asString()).isEqualTo(first.get("lastUsedAt").asString());
        // A minute later it is written again.
        jdbc.sql("update api_tokens set last_used_at = last_used_at - interval '2 minutes' where id = ?").param(tokenId).update();
        tokens.forget(user.id());
        assertThat(laptop.get("/api/v1/jobs").status()).isEqualTo(200);
        assertThat(jdbc.sql("select last_used_at > now() - interval '1 minute' from api_tokens where id = ?").param(tokenId)
                .query(Boolean.class).single()).isTrue();
    }

    private tools.jackson.databind.JsonNode listed(long userId, long tokenId) {
        for (var t : admin().get("/api/v1/users/" + userId + "/tokens").json()) if (t.get("id").asLong() == tokenId) return t;
        throw new AssertionError("token " + tokenId + " not listed");
    }

    @Test
    @DisplayName("an admin cannot deactivate themselves nor remove the last active admin: 409, nothing changed")
    void lastAdmin() {
        long me = jdbc.sql("select id from users where email = ?").param(AdminBootstrap.BOOTSTRAP_EMAIL).query(Long.class).single();
        assertThat(admin().send("PUT", "/api/v1/users/" + me, "application/json", "{\"active\": false}").status()).isEqualTo(409);
        List<Long> others = jdbc.sql("select id from users where active and 'ADMIN' = any(roles) and id <> ?").param(me)
                .query(Long.class).list();
        Person second = person("ADMIN");
        try {
            jdbc.sql("update users set active = false where id = any(?)").param(others.toArray(Long[]::new)).update();
            // Two active admins: the second may be demoted; then the bootstrap admin is the last and keeps the role.
            assertThat(admin().send("PUT", "/api/v1/users/" + second.id(), "application/json", "{\"roles\": [\"RECRUITER\"]}").status())
                    .isEqualTo(200);
            Api.Response last = admin().send("PUT", "/api/v1/users/" + me, "application/json", "{\"roles\": [\"RECRUITER\"]}");
            assertThat(last.status()).isEqualTo(409);
            assertThat(last.contentType()).contains("problem+json");
            assertThat(admin().get("/api/v1/users/" + me).json().get("roles").toString()).contains("ADMIN");
        } finally {
            jdbc.sql("update users set active = true where id = any(?)").param(others.toArray(Long[]::new)).update();
        }
    }
}
