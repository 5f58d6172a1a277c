package dev.boucle.interviews;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.Api;
import dev.boucle.BoucleIntegrationTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Rounds planned, scored independently, reviewed and decided, through the API with real e-mail. */
class InterviewsApiTest extends BoucleIntegrationTest {

    @Autowired
    ScorecardReminders reminders;

    /** An application of a new software-engineer job, advanced to the phone screen. */
    long atPhoneScreen(Long managerId) {
        long app = apply(createCandidate("Phone Screen " + unique("c")), createJob("software-engineer", managerId));
        move(app, "advance", null);
        move(app, "advance", null);
        return app;
    }

    JsonNode interviews(long app) {
        return admin().get("/api/v1/applications/" + app + "/interviews").json();
    }

    long roundOf(long app, String stage) {
        for (JsonNode i : interviews(app)) if (i.get("stage").asString().equals(stage)) return i.get("id").asLong();
        throw new AssertionError("no round in " + stage);
    }

    Api.Response plan(long round, Map<String, Object> change) {
        return admin().send("PUT", "/api/v1/interviews/" + round, "application/json", tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(change));
    }

    @Test
    @DisplayName("planning tells each new panelist by e-mail in their language, and the recruiter when the stage's panel is complete")
    void planningSendsMail() throws Exception {
        Person english = person("INTERVIEWER");
        Person french = personSpeaking("fr", "INTERVIEWER");
        long app = atPhoneScreen(null);
        long round = roundOf(app, "PHONE_SCREEN");
        String question = admin().get("/api/v1/questions?roundType=ALGORITHMIC_CODING").json().get(0).get("question").get("id").asString();
        Api.Response planned = plan(round, Map.of("interviewers", List.of(english.id(), french.id()),
                "start", Instant.now().plus(Duration.ofDays(3)).toString(), "minutes", 60, "mode", "VIRTUAL", "language", "fr",
                "aiPolicy", "UNAIDED", "questionId", question));
        assertThat(planned.status()).isEqualTo(200);
        assertThat(planned.json().get("panel")).hasSize(2);
        assertThat(planned.json().get("aiPolicy").asString()).isEqualTo("UNAIDED");
        assertThat(planned.json().get("question").get("id").asString()).isEqualTo(question);

        List<MimeMessage> en = mailTo(english.email(), 1);
        List<MimeMessage> fr = mailTo(french.email(), 1);
        assertThat(en).hasSize(1);
        assertThat(en.getFirst().getSubject()).startsWith("Interview: ");
        assertThat(fr).hasSize(1);
        assertThat(fr.getFirst().getSubject()).startsWith("Entretien : ");
        assertThat((String) fr.getFirst().getContent()).contains("/interviews/" + round + "/kit");
        assertThat(subjectsTo("bootstrap-admin@boucle.local", s -> s.startsWith("Panel complete") && s.contains("Phone Screen")))
                .anySatisfy(s -> assertThat(s).startsWith("Panel complete").contains("Phone Screen"));

        // The candidate is invited in the interview's language, with the round's AI-tool policy.
        String candidateEmail = admin().get("/api/v1/applications/" + app).json().get("candidateId").asString();
        JsonNode candidate = admin().get("/api/v1/candidates/" + candidateEmail).json().get("candidate");
        List<MimeMessage> invitation = mailTo(candidate.get("email").asString(), 1);
        assertThat(invitation).hasSize(1);
        assertThat(invitation.getFirst().getSubject()).startsWith("Votre entretien");
        assertThat((String) invitation.getFirst().getContent()).contains("Sans outils d’IA").contains("sans aucun assistant");

        // Saving the same panel again sends nothing new.
        plan(round, Map.of("minutes", 45));
        Thread.sleep(600);
        assertThat(mailTo(english.email(), 1)).hasSize(1);
    }

    @Test
    @DisplayName("no panelist sees another's scorecard until the whole panel has submitted; then everyone concerned does")
    void independence() {
        Person first = person("INTERVIEWER");
        Person second = person("INTERVIEWER");
        Person outsider = person("INTERVIEWER");
        Person manager = person("HIRING_MANAGER");
        long app = atPhoneScreen(manager.id());
        long round = roundOf(app, "PHONE_SCREEN");
        plan(round, Map.of("interviewers", List.of(first.id(), second.id())));

        assertThat(outsider.api().post("/api/v1/interviews/" + round + "/scorecards", scorecard("ALGORITHMIC_CODING", 3)).status())
                .isEqualTo(403);
        Api.Response submitted = first.api().post("/api/v1/interviews/" + round + "/scorecards", scorecard("ALGORITHMIC_CODING", 3));
        assertThat(submitted.status()).isEqualTo(201);
        assertThat(submitted.json().get("version").asInt()).isEqualTo(1);

        Api.Response hidden = first.api().get("/api/v1/applications/" + app + "/scorecards");
        assertThat(hidden.status()).isEqualTo(403);
        assertThat(hidden.contentType()).startsWith("application/problem+json");
        assertThat(second.api().get("/api/v1/applications/" + app + "/scorecards").status()).isEqualTo(403);
        JsonNode managerView = manager.api().get("/api/v1/applications/" + app + "/scorecards").json();
        assertThat(managerView.get("scorecards")).isEmpty();
        assertThat(managerView.get("stages").get("PHONE_SCREEN").get("complete").asBoolean()).isFalse();
        assertThat(application(app).get("rounds").get(2).get("status").asString()).isEqualTo("OPEN");

        // An edit is a new version; the first stays.
        first.api().post("/api/v1/interviews/" + round + "/scorecards", scorecard("ALGORITHMIC_CODING", 2));
        second.api().post("/api/v1/interviews/" + round + "/scorecards", scorecard("ALGORITHMIC_CODING", 4));

        JsonNode all = first.api().get("/api/v1/applications/" + app + "/scorecards").json();
        assertThat(all.get("scorecards")).hasSize(3);
        assertThat(manager.api().get("/api/v1/applications/" + app + "/scorecards").json().get("scorecards")).hasSize(3);
        List<Integer> versions = new ArrayList<>();
        all.get("scorecards").forEach(s -> {
            if (s.get("interviewerId").asLong() == first.id()) versions.add(s.get("version").asInt());
        });
        assertThat(versions).containsExactly(1, 2);
        assertThat(all.get("scorecards").get(0).get("aiPolicy").asString()).isEqualTo("UNAIDED"); // the round's policy, recorded
        JsonNode phoneRound = application(app).get("rounds").get(2);
        assertThat(phoneRound.get("status").asString()).isEqualTo("DONE");
        assertThat(phoneRound.get("resolvedByName").asString()).isEqualTo("Test INTERVIEWER");
    }

    @Test
    @DisplayName("after the reveal a new version is refused (409) unless it gives a reason; the review shows the original beside the amendment")
    void amendmentsAfterTheReveal() {
        Person first = person("INTERVIEWER");
        Person second = person("INTERVIEWER");
        Person manager = person("HIRING_MANAGER");
        long app = atPhoneScreen(manager.id());
        long round = roundOf(app, "PHONE_SCREEN");
        plan(round, Map.of("interviewers", List.of(first.id(), second.id())));
        first.api().post("/api/v1/interviews/" + round + "/scorecards", scorecard("ALGORITHMIC_CODING", 2));
        second.api().post("/api/v1/interviews/" + round + "/scorecards", scorecard("ALGORITHMIC_CODING", 4));
        // Revealed: the first panelist reads the second's scorecard...
        assertThat(first.api().get("/api/v1/applications/" + app + "/scorecards").json().get("scorecards")).hasSize(2);

        // ...and may not quietly rewrite their own.
        Api.Response quiet = first.api().post("/api/v1/interviews/" + round + "/scorecards", scorecard("ALGORITHMIC_CODING", 4));
        assertThat(quiet.status()).isEqualTo(409);
        assertThat(quiet.contentType()).startsWith("application/problem+json");
        assertThat(quiet.body()).contains("amendmentReason");
        assertThat(admin().get("/api/v1/applications/" + app + "/scorecards").json().get("scorecards")).hasSize(2);

        Map<String, Object> amended = new LinkedHashMap<>(scorecard("ALGORITHMIC_CODING", 4));
        amended.put("amendmentReason", "Misread the complexity of the second solution in my notes");
        Api.Response ok = first.api().post("/api/v1/interviews/" + round + "/scorecards", amended);
        assertThat(ok.status()).isEqualTo(201);
        assertThat(ok.json().get("version").asInt()).isEqualTo(2);
        assertThat(ok.json().get("amendmentReason").asString()).startsWith("Misread");

        JsonNode line = null;
        for (JsonNode s : manager.api().get("/api/v1/applications/" + app + "/review").json().get("scores")) {
            if (s.get("roundId").asLong() == round && s.get("raw").asDouble() == 4.0 && !s.get("amendmentReason").isNull()) line = s;
        }
        assertThat(line).as("the amended line of the review").isNotNull();
        assertThat(line.get("beforeReveal").asDouble()).isEqualTo(2.0);
        String page = Api.session(port, manager.email(), PASSWORD).get("/applications/" + app + "/review").body();
        assertThat(page).contains("Misread the complexity").contains("2.00");
    }

    @Test
    @DisplayName("an interviewer opens the kit of their own round, not the kit of another round of the same candidate")
    void kitsOfOtherRounds() {
        Person phone = person("INTERVIEWER");
        Person other = person("INTERVIEWER");
        Person manager = person("HIRING_MANAGER");
        long app = atPhoneScreen(manager.id());
        long round = roundOf(app, "PHONE_SCREEN");
        plan(round, Map.of("interviewers", List.of(phone.id())));
        long otherRound = -1;
        for (JsonNode r : application(app).get("rounds")) {
            if (r.get("id").asLong() != round) otherRound = r.get("id").asLong();
        }
        assertThat(otherRound).isPositive();
        plan(otherRound, Map.of("interviewers", List.of(other.id())));

        Api own = Api.session(port, phone.email(), PASSWORD);
        assertThat(own.get("/interviews/" + round + "/kit").status()).isEqualTo(200);
        assertThat(own.get("/interviews/" + otherRound + "/kit").status()).isEqualTo(403);
        assertThat(Api.session(port, manager.email(), PASSWORD).get("/interviews/" + otherRound + "/kit").status()).isEqualTo(200);
    }

    @Test
    @DisplayName("the hiring manager can close a stage whose panel is not all in, with a reason that is recorded")
    void managerClosesAStage() {
        Person first = person("INTERVIEWER");
        Person late = person("INTERVIEWER");
        Person manager = person("HIRING_MANAGER");
        long app = atPhoneScreen(manager.id());
        long round = roundOf(app, "PHONE_SCREEN");
        plan(round, Map.of("interviewers", List.of(first.id(), late.id())));
        first.api().post("/api/v1/interviews/" + round + "/scorecards", scorecard("ALGORITHMIC_CODING", 3));
        assertThat(manager.api().post("/api/v1/applications/" + app + "/stages/PHONE_SCREEN/close", Map.of("reason", "")).status())
                .isEqualTo(400);
        assertThat(person("HIRING_MANAGER").api().post("/api/v1/applications/" + app + "/stages/PHONE_SCREEN/close",
                Map.of("reason", "not mine")).status()).isEqualTo(403);
        assertThat(manager.api().post("/api/v1/applications/" + app + "/stages/PHONE_SCREEN/close",
                Map.of("reason", "Second interviewer on leave")).status()).isEqualTo(204);
        JsonNode view = first.api().get("/api/v1/applications/" + app + "/scorecards").json();
        assertThat(view.get("stages").get("PHONE_SCREEN").get("closedByManager").asBoolean()).isTrue();
        assertThat(view.get("scorecards")).hasSize(1);
    }

    @Test
    @DisplayName("scorecards must score every competency 1 to 4 with evidence")
    void scorecardValidation() {
        Person interviewer = person("INTERVIEWER");
        long app = atPhoneScreen(null);
        long round = roundOf(app, "PHONE_SCREEN");
        plan(round, Map.of("interviewers", List.of(interviewer.id())));
        Map<String, Object> card = new LinkedHashMap<>(scorecard("ALGORITHMIC_CODING", 3));
        @SuppressWarnings("unchecked")
        Map<String, Integer> ratings = new LinkedHashMap<>((Map<String, Integer>) card.get("ratings"));
        String first = ratings.keySet().iterator().next();
        ratings.put(first, 5);
        card.put("ratings", ratings);
        card.put("recommendation", "MAYBE");
        Api.Response bad = interviewer.api().post("/api/v1/interviews/" + round + "/scorecards", card);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").propertyNames()).contains("ratings." + first, "recommendation");
        assertThat(admin().get("/api/v1/applications/" + app + "/scorecards").json().get("scorecards")).isEmpty();
    }

    @Test
    @DisplayName("a question already given to the candidate, or used too often, is flagged with a rotation suggestion")
    void questionExposure() {
        long candidate = createCandidate("Exposure " + unique("c"));
        long job = createJob("software-engineer", null);
        long app = apply(candidate, job);
        for (int i = 0; i < 3; i++) {
            completeOpenRounds(app);
            move(app, "advance", null);
        }
        List<Long> onsite = new ArrayList<>();
        String phone = null;
        for (JsonNode i : interviews(app)) {
            if (i.get("stage").asString().equals("ONSITE_LOOP") && i.get("roundType").asString().equals("ALGORITHMIC_CODING")) onsite.add(i.get("id").asLong());
            if (i.get("stage").asString().equals("PHONE_SCREEN")) phone = String.valueOf(i.get("id").asLong());
        }
        String question = admin().get("/api/v1/questions?roundType=ALGORITHMIC_CODING").json().get(1).get("question").get("id").asString();
        plan(Long.parseLong(phone), Map.of("questionId", question));
        JsonNode planned = plan(onsite.getFirst(), Map.of("questionId", question)).json();
        List<String> codes = new ArrayList<>();
        planned.get("warnings").forEach(w -> codes.add(w.get("code").asString()));
        assertThat(codes).contains("QUESTION_REUSED");

        // Two more candidates get it too: now over the threshold of 3 (set for tests).
        for (int i = 0; i < 2; i++) {
            long other = atPhoneScreen(null);
            plan(roundOf(other, "PHONE_SCREEN"), Map.of("questionId", question));
        }
        JsonNode again = plan(onsite.getFirst(), Map.of("minutes", 60)).json();
        JsonNode over = null;
        for (JsonNode w : again.get("warnings")) if (w.get("code").asString().equals("QUESTION_OVEREXPOSED")) over = w;
        assertThat(over).isNotNull();
        assertThat(over.get("args").get(2).asString()).isNotEqualTo(question).isNotEqualTo("-");
        JsonNode bank = admin().get("/api/v1/questions?roundType=ALGORITHMIC_CODING").json();
        for (JsonNode q : bank) {
            if (q.get("question").get("id").asString().equals(question)) assertThat(q.get("exposure").asInt()).isGreaterThanOrEqualTo(4);
        }
    }

    @Test
    @DisplayName("editing a question makes a new version; the version a scorecard was asked with stays as it was")
    void questionVersions() {
        Person interviewer = person("INTERVIEWER");
        long app = atPhoneScreen(null);
        long round = roundOf(app, "PHONE_SCREEN");
        JsonNode original = admin().get("/api/v1/questions?roundType=ALGORITHMIC_CODING").json().get(2).get("question");
        String id = original.get("id").asString();
        plan(round, Map.of("interviewers", List.of(interviewer.id()), "questionId", id));
        interviewer.api().post("/api/v1/interviews/" + round + "/scorecards", scorecard("ALGORITHMIC_CODING", 3));

        Map<String, Object> body = tools.jackson.databind.json.JsonMapper.builder().build()
                .convertValue(original.get("body"), Map.class);
        body.put("title", Map.of("en", "Edited title", "fr", "Titre modifié"));
        Api.Response edited = admin().send("PUT", "/api/v1/questions/" + id, "application/json",
                tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(Map.of("roundType", "ALGORITHMIC_CODING", "body", body)));
        assertThat(edited.status()).isEqualTo(200);
        int version = edited.json().get("version").asInt();
        assertThat(version).isEqualTo(original.get("version").asInt() + 1);
        assertThat(admin().get("/api/v1/questions/" + id + "?version=" + (version - 1)).json().get("body").get("title").get("en").asString())
                .isEqualTo(original.get("body").get("title").get("en").asString());
        JsonNode card = admin().get("/api/v1/applications/" + app + "/scorecards").json().get("scorecards").get(0);
        assertThat(card.get("questionVersion").asInt()).isEqualTo(version - 1);
        assertThat(person("RECRUITER").api().send("PUT", "/api/v1/questions/" + id, "application/json", "{}").status()).isEqualTo(403);
        Api.Response bad = admin().send("PUT", "/api/v1/questions/" + id, "application/json",
                "{\"roundType\": \"ALGORITHMIC_CODING\", \"body\": {\"title\": {\"en\": \"only English\", \"fr\": \"\"}, "
                        + "\"prompt\": {\"en\": \"p\", \"fr\": \"p\"}, \"guide\": {\"en\": \"g\", \"fr\": \"g\"}, \"followUps\": [], "
                        + "\"strongSignals\": [], \"weakSignals\": [], \"competencies\": [], \"tracks\": [], \"levels\": [], \"difficulty\": \"X\"}}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").propertyNames()).contains("title", "competencies", "tracks", "levels", "difficulty");
        assertThat(admin().post("/api/v1/questions/" + id + "/retire", Map.of()).json().get("retired").asBoolean()).isTrue();
        assertThat(plan(round, Map.of("questionId", id)).status()).isEqualTo(400);
    }

    @Test
    @DisplayName("a panelist whose scorecard is missing a day after the interview gets one reminder")
    void reminders() {
        Person slow = person("INTERVIEWER");
        long app = atPhoneScreen(null);
        long round = roundOf(app, "PHONE_SCREEN");
        plan(round, Map.of("interviewers", List.of(slow.id()), "start", Instant.now().minus(Duration.ofDays(2)).toString()));
        assertThat(reminders.sendDue(Instant.now())).isGreaterThanOrEqualTo(1);
        assertThat(reminders.sendDue(Instant.now())).isZero();
        List<MimeMessage> got = mailTo(slow.email(), 2);
        assertThat(got).extracting(MimeMessage::getSubject).anySatisfy(s -> assertThat(s).startsWith("Scorecard missing"));
    }

    @Test
    @DisplayName("a decision waits for every onsite scorecard, comes only from the hiring manager or committee, and moves the candidate")
    void decisionGuards() {
        Person manager = person("HIRING_MANAGER");
        Person committee = person("COMMITTEE");
        Person interviewer = person("INTERVIEWER");
        long app = apply(createCandidate("Decision " + unique("c")), createJob("software-engineer", manager.id()));
        for (int i = 0; i < 3; i++) {
            completeOpenRounds(app);
            move(app, "advance", null);
        }
        Map<String, Object> hire = Map.of("decision", "HIRE", "level", "L5", "rationale", "Strong across the loop");
        Api.Response early = manager.api().post("/api/v1/applications/" + app + "/decision", hire);
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("detail").asString()).contains("not in the final review");

        // Score one onsite round through the panel, complete the others by a named person.
        long codingRound = -1;
        for (JsonNode i : interviews(app)) if (i.get("stage").asString().equals("ONSITE_LOOP")) codingRound = i.get("id").asLong();
        String type = null;
        for (JsonNode i : interviews(app)) if (i.get("id").asLong() == codingRound) type = i.get("roundType").asString();
        plan(codingRound, Map.of("interviewers", List.of(interviewer.id())));
        interviewer.api().post("/api/v1/interviews/" + codingRound + "/scorecards", scorecard(type, 3));
        completeOpenRounds(app);
        move(app, "advance", null);
        assertThat(application(app).get("stage").asString()).isEqualTo("FINAL_REVIEW");

        assertThat(person("RECRUITER").api().post("/api/v1/applications/" + app + "/decision", hire).status()).isEqualTo(403);
        assertThat(interviewer.api().post("/api/v1/applications/" + app + "/decision", hire).status()).isEqualTo(403);
        assertThat(committee.api().post("/api/v1/applications/" + app + "/votes", Map.of("vote", "NO_HIRE", "rationale", "Dissent: thin on systems"))
                .status()).isEqualTo(201);
        assertThat(manager.api().post("/api/v1/applications/" + app + "/votes", Map.of("vote", "HIRE", "rationale", "Solid")).status())
                .isEqualTo(201);

        Api.Response more = committee.api().post("/api/v1/applications/" + app + "/decision",
                Map.of("decision", "MORE_DATA", "rationale", "One more systems round", "rounds", List.of("SYSTEMS_CODING")));
        assertThat(more.status()).isEqualTo(201);
        assertThat(manager.api().post("/api/v1/applications/" + app + "/decision", hire).status()).isEqualTo(409);
        assertThat(move(app, "advance", null).status()).isEqualTo(409);

        long added = roundOf(app, "FINAL_REVIEW");
        plan(added, Map.of("interviewers", List.of(interviewer.id())));
        interviewer.api().post("/api/v1/interviews/" + added + "/scorecards", scorecard("SYSTEMS_CODING", 3));
        Api.Response noLevel = manager.api().post("/api/v1/applications/" + app + "/decision",
                Map.of("decision", "HIRE", "rationale", "ok"));
        assertThat(noLevel.status()).isEqualTo(400);
        Api.Response decided = manager.api().post("/api/v1/applications/" + app + "/decision", hire);
        assertThat(decided.status()).isEqualTo(201);
        assertThat(decided.json().get("decidedBy").asString()).isEqualTo("Test HIRING_MANAGER");
        assertThat(application(app).get("stage").asString()).isEqualTo("OFFER");

        JsonNode packet = committee.api().get("/api/v1/applications/" + app + "/review").json();
        assertThat(packet.get("votes")).hasSize(2);
        assertThat(packet.get("votes").get(0).get("rationale").asString()).contains("Dissent");
        assertThat(packet.get("decisions")).hasSize(2);
        assertThat(packet.get("scores")).isNotEmpty();
        assertThat(packet.get("scores").get(0).has("calibrated")).isTrue();
    }

    @Test
    @DisplayName("a no-hire decision rejects with its rationale; the system itself never does")
    void noHire() {
        Person committee = person("COMMITTEE");
        long app = apply(createCandidate("No hire " + unique("c")), createJob("software-engineer", null));
        for (int i = 0; i < 4; i++) {
            completeOpenRounds(app);
            move(app, "advance", null);
        }
        assertThat(application(app).get("stage").asString()).isEqualTo("FINAL_REVIEW");
        assertThat(application(app).get("status").asString()).isEqualTo("ACTIVE");
        committee.api().post("/api/v1/applications/" + app + "/decision", Map.of("decision", "NO_HIRE", "rationale", "Bar not met on design"));
        JsonNode after = application(app);
        assertThat(after.get("status").asString()).isEqualTo("REJECTED");
        JsonNode last = after.get("events").get(after.get("events").size() - 1);
        assertThat(last.get("reason").asString()).isEqualTo("Bar not met on design");
        assertThat(last.get("actor").asString()).isEqualTo("Test COMMITTEE");
    }
}
