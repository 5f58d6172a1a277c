package dev.boucle.portal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.Api;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Sign-in links and every refusal of the portal: expired, revoked, tampered, another candidate's ids, staff credentials. */
class PortalSignInTest extends PortalTestSupport {

    @Autowired
    JdbcClient jdbc;

    @Test
    @DisplayName("staff send a link by e-mail; only its hash is kept; it opens the candidate's own page and API for 14 days")
    void linkSentAndOpened() throws Exception {
        long person = createCandidate("Léa Portal");
        long app = apply(person, createJob("software-engineer", null));
        String email = emailOf(person);
        Api.Response sent = admin().post("/api/v1/applications/" + app + "/portal-link", Map.of());
        assertThat(sent.status()).isEqualTo(201);
        String url = sent.json().get("url").asString();
        Instant expires = Instant.parse(sent.json().get("expiresAt").asString());
        assertThat(Duration.between(Instant.now(), expires).toDays()).isBetween(13L, 14L);

        List<MimeMessage> mail = mailTo(email, 1);
        assertThat(mail).hasSize(1);
        assertThat(mail.getFirst().getContent().toString()).contains(path(url));
        // Nothing of the secret is stored but its SHA-256.
        String secret = path(url).substring("/portal/".length(), "/portal/".length() + 43);
        assertThat(jdbc.sql("select count(*) from portal_links where encode(token_hash, 'escape') like ? or encode(token_hash, 'hex') = ?")
                .params("%" + secret + "%", secret).query(Integer.class).single()).isZero();

        Api candidate = opened(url);
        JsonNode me = candidate.get("/api/v1/portal/me").json();
        assertThat(me.get("candidate").get("name").asString()).isEqualTo("Léa Portal");
        assertThat(me.get("applications")).hasSize(1);
        JsonNode application = me.get("applications").get(0);
        assertThat(application.get("id").asLong()).isEqualTo(app);
        assertThat(application.get("stage").asString()).isEqualTo("RECRUITER_SCREEN");
        assertThat(application.get("stages").get(0).get("state").asString()).isEqualTo("CURRENT");
        assertThat(application.get("stages").get(1).get("state").asString()).isEqualTo("NEXT");
        // The process file's weeks add up to 5-8 weeks from the stage the candidate is in.
        var earliest = java.time.LocalDate.parse(application.get("expected").get("earliest").asString());
        var latest = java.time.LocalDate.parse(application.get("expected").get("latest").asString());
        assertThat(java.time.temporal.ChronoUnit.WEEKS.between(earliest.minusDays(1), latest)).isBetween(2L, 3L);
        assertThat(me.get("notice").get("region").asString()).isEqualTo("EU");
        assertThat(me.toString()).doesNotContain(email); // no staff-only data, and not even their own address is echoed
    }

    String emailOf(long candidate) {
        return admin().get("/api/v1/candidates/" + candidate).json().get("candidate").get("email").asString();
    }

    @Test
    @DisplayName("a tampered, a revoked and an expired link each get their page, and a session dies with its link")
    void spentLinks() {
        long app = apply(createCandidate("Spent Links"), createJob("software-engineer", null));
        String url = sendLink(app);
        String token = path(url).substring("/portal/".length());

        String tampered = token.substring(0, 10) + (token.charAt(10) == 'A' ? 'B' : 'A') + token.substring(11);
        Api.Response forged = Api.visitor(port).get("/portal/" + tampered);
        assertThat(forged.status()).isEqualTo(200);
        assertThat(forged.body()).contains("data-testid=\"portal-gone\"").contains("not a valid sign-in link").doesNotContain("resend-on-file");

        Api candidate = opened(url);
        assertThat(candidate.get("/api/v1/portal/me").status()).isEqualTo(200);
        assertThat(admin().send("DELETE", "/api/v1/applications/" + app + "/portal-link", "application/json", "").json()
                .get("revoked").asInt()).isEqualTo(1);
        Api.Response after = candidate.get("/api/v1/portal/me");
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.contentType()).startsWith("application/problem+json");
        Api.Response revoked = Api.visitor(port).get(path(url));
        assertThat(revoked.body()).contains("withdrawn by the company").contains("resend-on-file");

        String second = sendLink(app);
        jdbc.sql("update portal_links set expires_at = now() - interval '1 minute' where token_hash = sha256(convert_to(?, 'UTF8'))")
                .param(path(second).substring("/portal/".length(), "/portal/".length() + 43)).update();
        Api.Response expired = Api.visitor(port).get(path(second));
        assertThat(expired.body()).contains("has expired").contains("resend-on-file");
    }

    @Test
    @DisplayName("a fresh link goes to the address on file, and the answer never says whether it exists")
    void freshLinks() throws Exception {
        long person = createCandidate("Fresh Link");
        long app = apply(person, createJob("software-engineer", null));
        String email = emailOf(person);
        sendLink(app);
        mailTo(email, 1);
        Api visitor = Api.visitor(port);
        Api.Response known = visitor.form("/portal/resend", Map.of("email", email.toUpperCase()));
        Api.Response unknown = visitor.form("/portal/resend", Map.of("email", "nobody-" + unique("x") + "@example.com"));
        assertThat(known.status()).isEqualTo(200);
        assertThat(unknown.status()).isEqualTo(200);
        assertThat(known.body()).contains("If this address is on file");
        assertThat(unknown.body()).contains("If this address is on file");
        List<MimeMessage> mail = mailTo(email, 2);
        assertThat(mail).hasSize(2);
        assertThat(mail.get(1).getSubject()).isEqualTo("Your fresh sign-in link");
        assertThat(opened(path(mail.get(1).getContent().toString().lines().filter(l -> l.contains("/portal/")).findFirst().orElseThrow()
                .strip())).get("/api/v1/portal/me").status()).isEqualTo(200);
    }

    @Test
    @DisplayName("a candidate cannot reach another candidate's applications or plans, and staff credentials never open the portal")
    void otherCandidatesAndStaff() {
        long mine = apply(createCandidate("Mine"), createJob("software-engineer", null));
        long theirs = apply(createCandidate("Theirs"), createJob("software-engineer", null));
        Api candidate = opened(sendLink(mine));
        assertThat(candidate.get("/api/v1/portal/plans?applicationId=" + theirs).status()).isEqualTo(404);
        assertThat(candidate.json("POST", "/api/v1/portal/applications/" + theirs + "/withdraw", "{}").status()).isEqualTo(404);
        assertThat(candidate.get("/portal/applications/" + theirs + "/plans").status()).isEqualTo(404);
        assertThat(application(theirs).get("status").asString()).isEqualTo("ACTIVE");

        Api.Response staffToken = admin().get("/api/v1/portal/me");
        assertThat(staffToken.status()).isEqualTo(403);
        assertThat(staffToken.contentType()).startsWith("application/problem+json");
        Person recruiter = person("RECRUITER");
        Api staffSession = Api.session(port, recruiter.email(), PASSWORD);
        assertThat(staffSession.get("/portal").status()).isEqualTo(403);
        assertThat(staffSession.get(path(sendLink(mine))).status()).isEqualTo(403);
        assertThat(Api.anonymous(port).get("/api/v1/portal/me").status()).isEqualTo(401);
    }

    @Test
    @DisplayName("the candidate withdraws with a reason; the timeline names the candidate, not a staff member")
    void withdraw() {
        long app = apply(createCandidate("Leaving"), createJob("software-engineer", null));
        Api candidate = opened(sendLink(app));
        Api.Response done = candidate.json("POST", "/api/v1/portal/applications/" + app + "/withdraw", "{\"reason\": \"took another offer\"}");
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        JsonNode application = application(app);
        assertThat(application.get("status").asString()).isEqualTo("WITHDRAWN");
        JsonNode last = application.get("events").get(application.get("events").size() - 1);
        assertThat(last.get("actor").asString()).isEqualTo("candidate (portal)");
        assertThat(last.get("reason").asString()).isEqualTo("took another offer");
        assertThat(candidate.json("POST", "/api/v1/portal/applications/" + app + "/withdraw", "{}").status()).isEqualTo(409);
    }

    @Test
    @DisplayName("the shipped guides cover every track and round type; a bad guides file is refused with its line and changes nothing")
    void guides() {
        long app = apply(createCandidate("Guide Reader"), createJob("research-scientist", null));
        Api candidate = opened(sendLink(app));
        for (String track : List.of("research-scientist", "research-engineer", "software-engineer", "solutions-engineer")) {
            Api.Response page = candidate.get("/portal/guides/" + track + "?lang=fr");
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains("data-testid=\"round-guide\"").doesNotContain("portal.");
        }
        String before = admin().get("/api/v1/guides").body();
        Api.Response bad = admin().send("PUT", "/api/v1/guides", "application/yaml", before.replace("type: BEHAVIORAL", "type: BEHAVIOURAL"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("line").asInt()).isPositive();
        assertThat(bad.json().get("field").asString()).endsWith(".type");
        assertThat(admin().get("/api/v1/guides").body()).isEqualTo(before);
        // The same on the admins' page: the file comes back with the line at fault, and nothing changed.
        Person editor = person("ADMIN");
        Api page = Api.session(port, editor.email(), PASSWORD);
        assertThat(page.get("/guides?track=solutions-engineer").body()).contains("data-testid=\"guide-preview\"");
        Api.Response shown = page.form("/guides", Map.of("yaml", before.replace("type: BEHAVIORAL", "type: BEHAVIOURAL")));
        assertThat(shown.body()).contains("data-testid=\"guides-error\"").contains("BEHAVIOURAL").containsPattern("line \\d+");
        assertThat(admin().get("/api/v1/guides").body()).isEqualTo(before);
    }
}
