package dev.boucle.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.Api;
import dev.boucle.BoucleIntegrationTest;
import dev.boucle.platform.DataSubject;
import dev.boucle.platform.PersonalDataSection;
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

/**
 * Explanation requests (AI Act Art. 86, GDPR Art. 22(3)) through the API and the portal: asked
 * by staff for a candidate or by the candidate, due 30 days later, mailed to the job's recruiter
 * and hiring manager, answered once and mailed to the candidate in their language; and gone
 * with the candidate when they are erased.
 */
class ExplanationRequestsTest extends BoucleIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    List<PersonalDataSection> sections;

    record Loop(Person recruiter, Person manager, long candidate, String email, long application) {}

    /** A job opened by its own recruiter, with a hiring manager, and one candidate's application to it. */
    Loop loop(String name) {
        Person recruiter = person("RECRUITER");
        Person manager = personSpeaking("fr", "HIRING_MANAGER");
        long job = recruiter.api().post("/api/v1/jobs", Map.of("title", unique("Job"), "track", "software-engineer", "level", "L5",
                "office", "paris", "hiringManagerId", manager.id())).json().get("id").asLong();
        String email = unique("explain") + "@example.com";
        long candidate = admin().post("/api/v1/candidates", Map.of("name", name, "email", email)).json().get("id").asLong();
        return new Loop(recruiter, manager, candidate, email, apply(candidate, job));
    }

    @Test
    @DisplayName("staff ask for a candidate: 201 due in 30 days, the recruiters are mailed, it is answered once and the answer mailed")
    void askedByStaff() throws Exception {
        Loop loop = loop("Staff Asked");
        String question = "Which computed results weighed in the rejection after the onsite?";
        Api.Response asked = loop.recruiter().api().post("/api/v1/applications/" + loop.application() + "/explanation-requests",
                Map.of("question", question));
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        long id = asked.json().get("id").asLong();
        assertThat(asked.header("Location")).isEqualTo("/api/v1/explanation-requests/" + id);
        Instant at = Instant.parse(asked.json().get("askedAt").asString());
        assertThat(Duration.between(at, Instant.parse(asked.json().get("dueAt").asString()))).isEqualTo(Duration.ofDays(30));
        assertThat(asked.json().get("askedVia").asString()).isEqualTo("STAFF");

        List<MimeMessage> toRecruiter = mailTo(loop.recruiter().email(), 1);
        assertThat(toRecruiter).hasSize(1);
        assertThat(toRecruiter.getFirst().getSubject()).startsWith("Explanation requested by Staff Asked");
        assertThat((String) toRecruiter.getFirst().getContent()).contains(question, "/explanation-requests/" + id);
        assertThat(mailTo(loop.manager().email(), 1).getFirst().getSubject()).startsWith("Explication demandée par Staff Asked");

        assertThat(admin().get("/api/v1/explanation-requests?open=true").json().valueStream().map(r -> r.get("id").asLong()))
                .contains(id);
        JsonNode detail = loop.recruiter().api().get("/api/v1/explanation-requests/" + id).json();
        assertThat(detail.get("request").get("question").asString()).isEqualTo(question);
        assertThat(detail.get("computations").isArray()).isTrue();

        assertThat(loop.recruiter().api().post("/api/v1/explanation-requests/" + id + "/answer", Map.of("answer", " ")).json()
                .get("errors").has("answer")).isTrue();
        String answer = "No computed result decided it: the panel's scorecards on system design did.";
        Api.Response answered = loop.recruiter().api().post("/api/v1/explanation-requests/" + id + "/answer", Map.of("answer", answer));
        assertThat(answered.status()).isEqualTo(200);
        assertThat(answered.json().get("answeredBy").asLong()).isEqualTo(loop.recruiter().id());
        List<MimeMessage> toCandidate = mailTo(loop.email(), 1);
        assertThat(toCandidate).hasSize(1);
        assertThat(toCandidate.getFirst().getSubject()).startsWith("Your explanation");
        assertThat((String) toCandidate.getFirst().getContent()).contains(question, answer);

        Api.Response twice = loop.recruiter().api().post("/api/v1/explanation-requests/" + id + "/answer", Map.of("answer", "Again"));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.contentType()).startsWith("application/problem+json");
        assertThat(admin().get("/api/v1/explanation-requests?open=true").json().valueStream().map(r -> r.get("id").asLong()))
                .doesNotContain(id);
    }

    @Test
    @DisplayName("a blank or overlong question is a 400 naming the field; an interviewer without a relation gets 403")
    void refused() {
        Loop loop = loop("Refused Asker");
        String path = "/api/v1/applications/" + loop.application() + "/explanation-requests";
        Api.Response blank = loop.recruiter().api().post(path, Map.of("question", "   "));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.contentType()).startsWith("application/problem+json");
        assertThat(blank.json().get("errors").has("question")).isTrue();
        Api.Response missing = loop.recruiter().api().post(path, Map.of());
        assertThat(missing.json().get("errors").has("question")).isTrue();
        Api.Response huge = loop.recruiter().api().post(path, Map.of("question", "why ".repeat(600)));
        assertThat(huge.status()).isEqualTo(400);
        assertThat(huge.json().get("errors").has("question")).isTrue();
        assertThat(jdbc.sql("select count(*) from explanation_requests where application_id = ?").param(loop.application())
                .query(Integer.class).single()).isZero();
        Person interviewer = person("INTERVIEWER");
        assertThat(interviewer.api().get("/api/v1/applications/" + loop.application() + "/computations").status()).isEqualTo(403);
        assertThat(interviewer.api().post(path, Map.of("question", "Why?")).status()).isEqualTo(403);
    }

    @Test
    @DisplayName("the candidate asks from the portal: notice of computed signals, 201 due in 30 days, another's application is 404, the answer in French")
    void askedFromThePortal() throws Exception {
        Loop loop = loop("Portal Asker");
        long other = apply(createCandidate("Someone Else"), createJob("software-engineer", null));
        String link = admin().post("/api/v1/applications/" + loop.application() + "/portal-link", Map.of()).json().get("url").asString();
        Api portal = Api.visitor(port);
        assertThat(portal.get(link.substring(link.indexOf("/portal/"))).status()).isEqualTo(302);
        assertThat(portal.json("PUT", "/api/v1/portal/preferences", "{\"locale\": \"fr\"}").status()).isEqualTo(204);

        JsonNode me = portal.get("/api/v1/portal/me").json();
        assertThat(me.get("computed").get("signals").valueStream().map(s -> s.get("key").asString()))
                .containsExactly("judge", "calibration", "scheduling");
        String home = portal.get("/portal?lang=fr").body();
        assertThat(home).contains("data-testid=\"computed-signals\"", "Signaux calculés", "Demander une explication");

        String question = "Pourquoi mon code a-t-il été noté ainsi ?";
        String api = "/api/v1/portal/applications/";
        Api.Response asked = portal.json("POST", api + loop.application() + "/explanation-requests", "{\"question\": \"" + question + "\"}");
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        assertThat(asked.json().get("askedVia").asString()).isEqualTo("PORTAL");
        assertThat(asked.json().get("askedBy").isNull()).isTrue();
        assertThat(Duration.between(Instant.parse(asked.json().get("askedAt").asString()), Instant.parse(asked.json().get("dueAt").asString())))
                .isEqualTo(Duration.ofDays(30));
        assertThat(subjectsTo(loop.recruiter().email(), s -> s.startsWith("Explanation requested by Portal Asker"))).isNotEmpty();

        assertThat(portal.json("POST", api + other + "/explanation-requests", "{\"question\": \"Why?\"}").status()).isEqualTo(404);
        assertThat(portal.json("POST", api + loop.application() + "/explanation-requests", "{\"question\": \"\"}").json()
                .get("errors").has("question")).isTrue();
        Api.Response form = portal.form("/portal/applications/" + loop.application() + "/explanation-requests", Map.of("question", "Et le planning ?"));
        assertThat(form.status()).isEqualTo(302);
        assertThat(form.header("Location")).endsWith("done=explanation");
        Api.Response blankForm = portal.form("/portal/applications/" + loop.application() + "/explanation-requests", Map.of("question", " "));
        assertThat(blankForm.status()).isEqualTo(400);
        assertThat(blankForm.body()).contains("data-testid=\"explain-error\"");

        long id = asked.json().get("id").asLong();
        assertThat(loop.recruiter().api().post("/api/v1/explanation-requests/" + id + "/answer",
                Map.of("answer", "Le juge a exécuté votre code sur neuf tests cachés.")).status()).isEqualTo(200);
        assertThat(subjectsTo(loop.email(), s -> s.startsWith("Votre explication"))).anySatisfy(s -> assertThat(s).startsWith("Votre explication"));
    }

    @Test
    @DisplayName("erasing the candidate deletes their questions and answers, and keeps their computed records without the link to them")
    void erasure() {
        Loop loop = loop("Erased Asker");
        String question = "A question only this candidate asked " + unique("q");
        long id = loop.recruiter().api().post("/api/v1/applications/" + loop.application() + "/explanation-requests",
                Map.of("question", question)).json().get("id").asLong();
        long computation = jdbc.sql("""
                insert into computations (kind, engine, engine_version, candidate_id, application_id, subject, inputs, output, keep_until)
                values ('JUDGE_VERDICT', 'boucle-judge', 'test', ?, ?, 7, '{"refs": {"submissionId": 7}, "language": "python"}', '{}',
                        now() + interval '1 year') returning id""").params(loop.candidate(), loop.application()).query(Long.class).single();
        loop.recruiter().api().post("/api/v1/computations/" + computation + "/reviews", Map.of("followed", true, "note", "looked at it"));
        DataSubject subject = new DataSubject(loop.candidate(), List.of(loop.application()), List.of(), "Erased Asker", loop.email());

        PersonalDataSection section = sections.stream().filter(s -> s.section().equals("ai-act")).findFirst().orElseThrow();
        String exported = tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(section.export(subject));
        assertThat(exported).contains(question, "\"language\":\"python\"", "looked at it");

        // The erasure as an admin asks for it, once the candidacy is closed.
        assertThat(move(loop.application(), "reject", "closed before the erasure").status()).isEqualTo(200);
        Api.Response erased = admin().send("DELETE", "/api/v1/candidates/" + loop.candidate(), "application/json", "");
        assertThat(erased.status()).as(erased.body()).isEqualTo(200);

        assertThat(jdbc.sql("select count(*) from explanation_requests where question = ? or id = ?").params(question, id)
                .query(Integer.class).single()).isZero();
        var kept = jdbc.sql("select candidate_id, application_id, subject, inputs::text from computations where id = ?").param(computation)
                .query((rs, n) -> new Object[] {rs.getObject(1), rs.getObject(2), rs.getObject(3), rs.getString(4)}).single();
        assertThat(kept[0]).isNull();
        assertThat(kept[1]).isNull();
        assertThat(kept[2]).isNull();
        assertThat((String) kept[3]).doesNotContain("refs").contains("python");
        assertThat(jdbc.sql("select count(*) from oversight where computation_id = ? and note is not null").param(computation)
                .query(Integer.class).single()).isZero();
        assertThat(tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(section.export(subject))).doesNotContain(question);
    }
}
