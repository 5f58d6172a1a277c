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
}
