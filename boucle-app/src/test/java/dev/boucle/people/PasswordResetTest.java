package dev.boucle.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.boucle.Api;
import dev.boucle.BoucleIntegrationTest;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Invitations and resets by mailed single-use link, through GreenMail and the real pages. */
class PasswordResetTest extends BoucleIntegrationTest {

    private static final Pattern LINK = Pattern.compile("/password/set\\?token=([A-Za-z0-9_-]{40,})");
    private static final String NEW_PASSWORD = "another-long-password-42";

    @Autowired
    JdbcClient jdbc;

    @Test
    @DisplayName("a user created without a password gets an invitation in their language, sets a password once and signs in")
    void invitation() throws Exception {
        String email = unique("invitee") + "@boucle.test";
        Api.Response created = admin().post("/api/v1/users", Map.of("email", email, "name", "Inès", "roles", List.of("INTERVIEWER"),
                "locale", "fr"));
        assertThat(created.status()).isEqualTo(201);
        MimeMessage mail = mailTo(email, 1).getFirst();
        assertThat(mail.getSubject()).isEqualTo("Vous êtes invité sur Boucle");
        String token = token(mail);
        assertThat(jdbc.sql("select count(*) from password_links where token_hash = ?").param(token).query(Long.class).single())
                .as("only the hash is stored").isZero();

        Api visitor = Api.visitor(port);
        assertThat(visitor.get("/password/set?token=" + token).status()).isEqualTo(200);
        Api.Response shortOne = visitor.form("/password/set", Map.of("token", token, "password", "short", "confirmation", "short"));
        assertThat(shortOne.status()).isEqualTo(400);
        assertThat(shortOne.body()).contains("12");
        Api.Response mismatch = visitor.form("/password/set", Map.of("token", token, "password", NEW_PASSWORD, "confirmation", NEW_PASSWORD + "x"));
        assertThat(mismatch.status()).isEqualTo(400);
        assertThat(mismatch.body()).contains("field-error");

        Api.Response set = visitor.form("/password/set", Map.of("token", token, "password", NEW_PASSWORD, "confirmation", NEW_PASSWORD));
        assertThat(set.status()).isEqualTo(302);
        assertThat(set.header("Location")).endsWith("/login?password");
        assertThat(Api.session(port, email, NEW_PASSWORD).get("/jobs").status()).isEqualTo(200);

        // Single use: the same link neither shows the form nor sets a password again.
        assertThat(visitor.get("/password/set?token=" + token).status()).isEqualTo(404);
        assertThat(visitor.form("/password/set", Map.of("token", token, "password", "x".repeat(20), "confirmation", "x".repeat(20)))
                .status()).isEqualTo(400);
        assertThat(Api.session(port, email, NEW_PASSWORD).get("/jobs").status()).isEqualTo(200);
    }

    @Test
    @DisplayName("re-sending an invitation mails a new link and the old one stops working")
    void resend() throws Exception {
        String email = unique("again") + "@boucle.test";
        long id = admin().post("/api/v1/users", Map.of("email", email, "name", "Al", "roles", List.of("INTERVIEWER"))).json()
                .get("id").asLong();
        String first = token(mailTo(email, 1).getFirst());
        assertThat(admin().post("/api/v1/users/" + id + "/invite", Map.of()).status()).isEqualTo(202);
        List<MimeMessage> mails = mailTo(email, 2);
        assertThat(mails).hasSize(2);
        assertThat(mails.get(1).getSubject()).isEqualTo("You are invited to Boucle");
        String second = token(mails.get(1));
        Api visitor = Api.visitor(port);
        assertThat(visitor.get("/password/set?token=" + first).status()).isEqualTo(404);
        assertThat(visitor.get("/password/set?token=" + second).status()).isEqualTo(200);
        assertThat(admin().post("/api/v1/users/999999999/invite", Map.of()).status()).isEqualTo(404);
    }

    @Test
    @DisplayName("forgot -> mail -> reset: the old password fails, failures and other sessions are cleared")
    void reset() throws Exception {
        Person user = person("RECRUITER");
        Api oldSession = Api.session(port, user.email(), PASSWORD);
        Api visitor = Api.visitor(port);
        for (int i = 0; i < 3; i++) visitor.form("/login", Map.of("username", user.email(), "password", "wrong-password-" + i));
        assertThat(failures(user.email())).isEqualTo(3);

        Api.Response asked = visitor.form("/password/forgot", Map.of("email", user.email().toUpperCase()));
        assertThat(asked.status()).isEqualTo(200);
        MimeMessage mail = mailTo(user.email(), 1).getFirst();
        assertThat(mail.getSubject()).isEqualTo("Reset your Boucle password");
        assertThat(mail.getContent().toString()).contains("one hour");
        String token = token(mail);
        Api.Response set = visitor.form("/password/set", Map.of("token", token, "password", NEW_PASSWORD, "confirmation", NEW_PASSWORD));
        assertThat(set.status()).isEqualTo(302);
        assertThat(failures(user.email())).as("cleared by the reset").isZero();

        assertThat(catchThrowable(() -> Api.session(port, user.email(), PASSWORD))).as("the old password").isInstanceOf(IllegalStateException.class);
        assertThat(Api.session(port, user.email(), NEW_PASSWORD).get("/jobs").status()).isEqualTo(200);
        assertThat(oldSession.get("/jobs").status()).as("the session opened with the old password").isEqualTo(302);
        assertThat(visitor.form("/password/set", Map.of("token", token, "password", "y".repeat(20), "confirmation", "y".repeat(20)))
                .status()).as("single use").isEqualTo(400);
    }

    @Test
    @DisplayName("a reset link expires after its hour")
    void expiry() throws Exception {
        Person user = person("INTERVIEWER");
        Api visitor = Api.visitor(port);
        visitor.form("/password/forgot", Map.of("email", user.email()));
        String token = token(mailTo(user.email(), 1).getFirst());
        jdbc.sql("update password_links set expires_at = now() - interval '1 second' where user_id = ?").param(user.id()).update();
        assertThat(visitor.get("/password/set?token=" + token).status()).isEqualTo(404);
        Api.Response late = visitor.form("/password/set", Map.of("token", token, "password", NEW_PASSWORD, "confirmation", NEW_PASSWORD));
        assertThat(late.status()).isEqualTo(400);
        assertThat(Api.session(port, user.email(), PASSWORD).get("/jobs").status()).as("the password is unchanged").isEqualTo(200);
    }

    @Test
    @DisplayName("an unknown address gets the same answer and no mail; an account gets at most 3 reset mails an hour")
    void noEnumeration() throws Exception {
        Person user = person("INTERVIEWER");
        String unknown = unique("nobody") + "@boucle.test";
        Api visitor = Api.visitor(port);
        Api.Response known = visitor.form("/password/forgot", Map.of("email", user.email()));
        Api.Response none = visitor.form("/password/forgot", Map.of("email", unknown));
        assertThat(none.status()).isEqualTo(known.status()).isEqualTo(200);
        assertThat(withoutCsrf(none.body())).isEqualTo(withoutCsrf(known.body()));
        visitor.form("/password/forgot", Map.of("email", user.email()));
        visitor.form("/password/forgot", Map.of("email", user.email()));
        assertThat(mailTo(user.email(), 3)).hasSize(3);
        Api.Response fourth = visitor.form("/password/forgot", Map.of("email", user.email()));
        assertThat(withoutCsrf(fourth.body())).isEqualTo(withoutCsrf(known.body()));
        assertThat(mailTo(user.email(), 4)).as("the fourth within the hour is not sent").hasSize(3);
        assertThat(mailTo(unknown, 1)).isEmpty();
    }

    @Test
    @DisplayName("with single sign-on on, an account without a password gets no reset link: it signs in at the provider only")
    void ssoAccountsGetNoResetLink() throws Exception {
        String email = unique("sso-only") + "@boucle.test";
        assertThat(admin().post("/api/v1/users", Map.of("email", email, "name", "Sam", "roles", List.of("INTERVIEWER"))).status())
                .isEqualTo(201);
        assertThat(mailTo(email, 1)).as("the invitation").hasSize(1);
        Api visitor = Api.visitor(port);
        Api.Response answer = visitor.form("/password/forgot", Map.of("email", email));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(mailTo(email, 2)).as("no reset mail after the invitation").hasSize(1);
        // The same account with a password (set from its invitation) may reset it as any other.
        visitor.form("/password/set", Map.of("token", token(mailTo(email, 1).getFirst()), "password", NEW_PASSWORD,
                "confirmation", NEW_PASSWORD));
        visitor.form("/password/forgot", Map.of("email", email));
        assertThat(mailTo(email, 2)).hasSize(2);
    }

    private long failures(String email) {
        return jdbc.sql("select count(*) from sign_in_failures where email = ?").param(email.toLowerCase()).query(Long.class).single();
    }

    private static String withoutCsrf(String html) {
        return html.replaceAll("value=\"[^\"]*\"", "").replaceAll("hx-headers=\"[^\"]*\"", "");
    }

    private static String token(MimeMessage mail) throws Exception {
        Matcher m = LINK.matcher(mail.getContent().toString());
        assertThat(m.find()).as("a link in the mail").isTrue();
        return m.group(1);
    }
}
