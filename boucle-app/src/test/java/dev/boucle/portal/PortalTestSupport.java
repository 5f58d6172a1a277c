package dev.boucle.portal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.Api;
import dev.boucle.BoucleIntegrationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** What the portal's tests share: interviewers with profiles, an application at the onsite loop, a link sent and opened. */
abstract class PortalTestSupport extends BoucleIntegrationTest {

    static final List<String> ONSITE = List.of("ALGORITHMIC_CODING", "SYSTEMS_CODING", "SYSTEM_DESIGN", "AI_SYSTEM_DESIGN", "BEHAVIORAL");

    /** An interviewer of the onsite's round types, working 09:00-18:00 in Paris. */
    Person interviewer() {
        Person p = person("INTERVIEWER");
        Map<String, Object> profile = new HashMap<>(Map.of("office", "paris", "languages", List.of("en"), "roundTypes", ONSITE,
                "workStart", "09:00", "workEnd", "18:00", "maxPerWeek", 8, "trainee", false));
        Api.Response r = p.api().send("PUT", "/api/v1/interviewers/" + p.id() + "/profile", "application/json",
                tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(profile));
        assertThat(r.status()).isEqualTo(200);
        return p;
    }

    private final List<Person> french = new java.util.ArrayList<>();

    /**
     * The only people who can run a French loop, five of them (a loop needs five leads), each at one
     * interview a week: once one candidate books a week, nobody else can have that week, so two
     * candidates after the same week race for the same people, whatever order the engine takes them in.
     */
    List<Person> frenchPanel() {
        List<Person> panel = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Person p = person("INTERVIEWER");
            assertThat(putProfile(p, List.of("fr"), 1).status()).isEqualTo(200);
            panel.add(p);
        }
        french.addAll(panel);
        return panel;
    }

    /** Makes the application's onsite rounds French ones. */
    void inFrench(long application) {
        for (JsonNode round : admin().get("/api/v1/applications/" + application + "/interviews").json()) {
            if (!round.get("stage").asString().equals("ONSITE_LOOP")) continue;
            assertThat(admin().send("PUT", "/api/v1/interviews/" + round.get("id").asLong(), "application/json", "{\"language\": \"fr\"}")
                    .status()).isEqualTo(200);
        }
    }

    /** The French panel of one test must not serve the next: they go back to English. */
    @org.junit.jupiter.api.AfterEach
    void englishAgain() {
        for (Person p : french) putProfile(p, List.of("en"), 1);
        french.clear();
    }

    Api.Response putProfile(Person p, List<String> languages, int maxPerWeek) {
        Map<String, Object> profile = new HashMap<>(Map.of("office", "paris", "languages", languages, "roundTypes", ONSITE,
                "workStart", "09:00", "workEnd", "18:00", "maxPerWeek", maxPerWeek, "trainee", false));
        return p.api().send("PUT", "/api/v1/interviewers/" + p.id() + "/profile", "application/json",
                tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(profile));
    }

    /** A new software-engineer application (Paris) advanced to the onsite loop. */
    long atOnsite(String name) {
        long app = apply(createCandidate(name), createJob("software-engineer", null));
        move(app, "advance", null);
        move(app, "advance", null);
        completeOpenRounds(app);
        assertThat(move(app, "advance", null).status()).isEqualTo(200);
        return app;
    }

    /** Staff send the link; returns its address as the API gives it. */
    String sendLink(long application) {
        Api.Response sent = admin().post("/api/v1/applications/" + application + "/portal-link", Map.of());
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        return sent.json().get("url").asString();
    }

    /** A browser-like client that opened the link: it holds the candidate's session. */
    Api opened(String url) {
        Api candidate = Api.visitor(port);
        Api.Response open = candidate.get(path(url));
        assertThat(open.status()).as(open.body()).isEqualTo(302);
        assertThat(open.header("Location")).endsWith("/portal");
        return candidate;
    }

    static String path(String url) {
        return url.substring(url.indexOf("/portal/"));
    }

    JsonNode plans(Api candidate, long application) {
        Api.Response r = candidate.get("/api/v1/portal/plans?applicationId=" + application);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }
}
