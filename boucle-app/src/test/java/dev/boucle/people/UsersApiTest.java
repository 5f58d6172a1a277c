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
}
