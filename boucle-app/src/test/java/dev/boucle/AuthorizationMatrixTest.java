package dev.boucle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route Boucle serves, with the roles allowed on it. The test fails when a route exists
 * without an entry here, so a new endpoint cannot ship without a decision about who may use it.
 * For each route it calls as each role (with a relation to the candidate, where the route
 * checks one) and as nobody: allowed roles are never 401/403, the others always 403, nobody
 * gets 401 on the API and the sign-in page otherwise.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest extends BoucleIntegrationTest {

    enum As { ADMIN, RECRUITER, HIRING_MANAGER, INTERVIEWER, COMMITTEE }

    static final Set<As> ALL = EnumSet.allOf(As.class);
    static final Set<As> PIPELINE = EnumSet.of(As.ADMIN, As.RECRUITER);
    static final Set<As> MOVERS = EnumSet.of(As.ADMIN, As.RECRUITER, As.HIRING_MANAGER);
    static final Set<As> ADMIN = EnumSet.of(As.ADMIN);
    static final Set<As> PANEL = EnumSet.of(As.INTERVIEWER);
    static final Set<As> STAFF = EnumSet.of(As.ADMIN, As.RECRUITER, As.HIRING_MANAGER, As.INTERVIEWER);
    static final Set<As> REVIEWERS = EnumSet.of(As.ADMIN, As.RECRUITER, As.HIRING_MANAGER, As.COMMITTEE);
    static final Set<As> DECIDERS = EnumSet.of(As.HIRING_MANAGER, As.COMMITTEE);

    /** What a call needs: the caller's clients and the ids of the fixture. */
    record Call(Api api, Api page, Fixture f) {}

    record Rule(Set<As> allowed, boolean publicRoute, Function<Call, Api.Response> request) {}

    record Fixture(long job, long candidate, long application, long round, long user) {}

    final Map<String, Rule> matrix = new LinkedHashMap<>();
    final Map<As, Person> people = new LinkedHashMap<>();
    final Map<As, Api> pages = new LinkedHashMap<>();

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    JdbcClient jdbc;

    void route(String route, Set<As> allowed, Function<Call, Api.Response> request) {
        matrix.put(route, new Rule(allowed, false, request));
    }

    void publicRoute(String route, Function<Call, Api.Response> request) {
        matrix.put(route, new Rule(ALL, true, request));
    }

    /** A candidate's route: every staff token and session is refused; signing in by link is PortalRefusalsTest's business. */
    void candidateRoute(String route, Function<Call, Api.Response> request) {
        matrix.put(route, new Rule(EnumSet.noneOf(As.class), true, request));
    }

    void portalRoutes() {
        route("POST /api/v1/applications/{id}/portal-link", PIPELINE, c -> c.api().post("/api/v1/applications/" + c.f().application()
                + "/portal-link", Map.of()));
        route("DELETE /api/v1/applications/{id}/portal-link", PIPELINE, c -> c.api().send("DELETE", "/api/v1/applications/"
                + c.f().application() + "/portal-link", "application/json", ""));
        route("GET /api/v1/guides", EnumSet.of(As.ADMIN, As.RECRUITER, As.HIRING_MANAGER), c -> c.api().get("/api/v1/guides"));
        route("PUT /api/v1/guides", ADMIN, c -> c.api().send("PUT", "/api/v1/guides", "application/yaml", admin().get("/api/v1/guides").body()));
        route("POST /applications/{id}/portal-link", PIPELINE, c -> c.page().form("/applications/" + c.f().application() + "/portal-link",
                Map.of()));
        route("GET /guides", EnumSet.of(As.ADMIN, As.RECRUITER, As.HIRING_MANAGER), c -> c.page().get("/guides?track=research-scientist"));
        route("POST /guides", ADMIN, c -> c.page().form("/guides", Map.of("yaml", admin().get("/api/v1/guides").body())));
        route("GET /api/v1/audit", ADMIN, c -> c.api().get("/api/v1/audit?candidateId=" + c.f().candidate()));
        route("GET /api/v1/audit/export", ADMIN, c -> c.api().get("/api/v1/audit/export?limit=10"));
        route("GET /api/v1/candidates/{id}/lawful-bases", PIPELINE, c -> c.api().get("/api/v1/candidates/" + c.f().candidate() + "/lawful-bases"));
        route("GET /api/v1/candidates/{id}/export", PIPELINE, c -> c.api().get("/api/v1/candidates/" + c.f().candidate() + "/export"));
        route("PATCH /api/v1/candidates/{id}", PIPELINE, c -> c.api().send("PATCH", "/api/v1/candidates/" + c.f().candidate(),
                "application/json", "{\"location\": \"Lyon\"}"));
        // The fixture's application is open, so an admin's erasure is refused (409): allowed, and nothing erased.
        route("DELETE /api/v1/candidates/{id}", ADMIN, c -> c.api().send("DELETE", "/api/v1/candidates/" + c.f().candidate(),
                "application/json", ""));
        route("PUT /api/v1/candidates/{id}/legal-hold", ADMIN, c -> c.api().send("PUT", "/api/v1/candidates/" + c.f().candidate()
                + "/legal-hold", "application/json", "{\"reason\": \"tribunal claim\"}"));
        route("DELETE /api/v1/candidates/{id}/legal-hold", ADMIN, c -> c.api().send("DELETE", "/api/v1/candidates/" + c.f().candidate()
                + "/legal-hold", "application/json", ""));
        route("GET /api/v1/retention/policies", ADMIN, c -> c.api().get("/api/v1/retention/policies"));
        route("POST /api/v1/retention/run", ADMIN, c -> c.api().post("/api/v1/retention/run?dryRun=true", Map.of()));
        route("GET /candidates/{id}/privacy", PIPELINE, c -> c.page().get("/candidates/" + c.f().candidate() + "/privacy"));
        route("GET /candidates/{id}/privacy/export", PIPELINE, c -> c.page().get("/candidates/" + c.f().candidate() + "/privacy/export"));
        route("POST /candidates/{id}/privacy/hold", ADMIN, c -> c.page().form("/candidates/" + c.f().candidate() + "/privacy/hold",
                Map.of("reason", "claim")));
        route("POST /candidates/{id}/privacy/lift", ADMIN, c -> c.page().form("/candidates/" + c.f().candidate() + "/privacy/lift", Map.of()));
        route("POST /candidates/{id}/privacy/erase", ADMIN, c -> c.page().form("/candidates/" + c.f().candidate() + "/privacy/erase",
                Map.of("confirm", "ERASE")));
        route("GET /retention", ADMIN, c -> c.page().get("/retention"));
        route("POST /retention", ADMIN, c -> c.page().form("/retention", Map.of()));
        candidateRoute("PUT /api/v1/portal/profile", c -> c.api().send("PUT", "/api/v1/portal/profile", "application/json",
                "{\"location\": \"Lyon\"}"));
        candidateRoute("GET /api/v1/portal/export", c -> c.api().get("/api/v1/portal/export"));
        candidateRoute("POST /portal/profile", c -> c.page().form("/portal/profile", Map.of("location", "Lyon")));
        candidateRoute("GET /portal/export", c -> c.page().get("/portal/export"));
        candidateRoute("PUT /api/v1/portal/talent-pool", c -> c.api().send("PUT", "/api/v1/portal/talent-pool", "application/json", "{\"given\": true}"));
        candidateRoute("POST /portal/talent-pool", c -> c.page().form("/portal/talent-pool", Map.of("given", "true")));
        route("GET /api/v1/compliance", ADMIN, c -> c.api().get("/api/v1/compliance"));
        route("GET /api/v1/audit/verify", ADMIN, c -> c.api().get("/api/v1/audit/verify"));
        String app = "/api/v1/portal/applications/";
        candidateRoute("GET /api/v1/portal/me", c -> c.api().get("/api/v1/portal/me"));
        candidateRoute("GET /api/v1/portal/plans", c -> c.api().get("/api/v1/portal/plans?applicationId=" + c.f().application()));
        candidateRoute("POST /api/v1/portal/plans/{planId}/book", c -> c.api().post("/api/v1/portal/plans/x/book", Map.of()));
        candidateRoute("PUT /api/v1/portal/availability", c -> c.api().send("PUT", "/api/v1/portal/availability", "application/json", "{}"));
        candidateRoute("POST /api/v1/portal/applications/{id}/withdraw", c -> c.api().post(app + c.f().application() + "/withdraw", Map.of()));
        candidateRoute("PUT /api/v1/portal/preferences", c -> c.api().send("PUT", "/api/v1/portal/preferences", "application/json", "{}"));
        candidateRoute("GET /api/v1/portal/practice", c -> c.api().get("/api/v1/portal/practice"));
        candidateRoute("POST /api/v1/portal/practice/{problemId}/attempts", c -> c.api().post("/api/v1/portal/practice/x/attempts", Map.of()));
        candidateRoute("GET /api/v1/portal/practice/attempts", c -> c.api().get("/api/v1/portal/practice/attempts"));
        candidateRoute("GET /api/v1/portal/practice/attempts/{id}", c -> c.api().get("/api/v1/portal/practice/attempts/1"));
        String page = "/portal/applications/";
        candidateRoute("GET /portal", c -> c.page().get("/portal"));
        candidateRoute("POST /portal/zone", c -> c.page().form("/portal/zone", Map.of("zone", "Europe/Paris")));
        candidateRoute("GET /portal/applications/{id}/plans", c -> c.page().get(page + c.f().application() + "/plans"));
        candidateRoute("POST /portal/applications/{id}/plans/{planId}", c -> c.page().form(page + c.f().application() + "/plans/x", Map.of()));
        candidateRoute("POST /portal/applications/{id}/availability", c -> c.page().form(page + c.f().application() + "/availability",
                Map.of("zone", "Europe/Paris", "start", "", "end", "")));
        candidateRoute("POST /portal/applications/{id}/withdraw", c -> c.page().form(page + c.f().application() + "/withdraw", Map.of()));
        candidateRoute("GET /portal/guides/{track}", c -> c.page().get("/portal/guides/software-engineer"));
        candidateRoute("GET /portal/practice", c -> c.page().get("/portal/practice"));
        candidateRoute("GET /portal/practice/{id}", c -> c.page().get("/portal/practice/practice-meeting-rooms"));
        // Opening a link and asking for a fresh one need no session: anyone may try, and learns nothing.
        publicRoute("GET /portal/{token:[A-Za-z0-9_.-]{20,}}", c -> Api.anonymous(port).get("/portal/" + "x".repeat(66)));
        publicRoute("POST /portal/resend", c -> Api.visitor(port).form("/portal/resend", Map.of("email", "nobody@example.com")));
    }

    @BeforeAll
    void declareTheMatrix() {
        portalRoutes();
        // API
        route("GET /api/v1/tracks", ALL, c -> c.api().get("/api/v1/tracks"));
        route("GET /api/v1/offices", ALL, c -> c.api().get("/api/v1/offices"));
        route("GET /api/v1/levels", ALL, c -> c.api().get("/api/v1/levels"));
        route("GET /api/v1/process", ALL, c -> c.api().get("/api/v1/process"));
        route("PUT /api/v1/process", ADMIN, c -> c.api().send("PUT", "/api/v1/process", "application/yaml",
                admin().get("/api/v1/process").body()));
        route("GET /api/v1/users", ADMIN, c -> c.api().get("/api/v1/users"));
        route("POST /api/v1/users", ADMIN, c -> c.api().post("/api/v1/users",
                Map.of("email", unique("m") + "@boucle.test", "name", "M", "roles", java.util.List.of("INTERVIEWER"))));
        route("POST /api/v1/users/{id}/tokens", ADMIN, c -> c.api().post("/api/v1/users/" + c.f().user() + "/tokens", Map.of()));
        route("GET /api/v1/users/{id}/tokens", ADMIN, c -> c.api().get("/api/v1/users/" + c.f().user() + "/tokens"));
        route("DELETE /api/v1/users/{id}/tokens/{tokenId}", ADMIN, c -> c.api().send("DELETE", "/api/v1/users/" + c.f().user()
                + "/tokens/" + admin().post("/api/v1/users/" + c.f().user() + "/tokens", Map.of()).json().get("id").asLong(),
                "application/json", ""));
        route("GET /api/v1/jobs", ALL, c -> c.api().get("/api/v1/jobs"));
        route("GET /api/v1/jobs/{id}", ALL, c -> c.api().get("/api/v1/jobs/" + c.f().job()));
        route("POST /api/v1/jobs", PIPELINE, c -> c.api().post("/api/v1/jobs",
                Map.of("title", "T", "track", "software-engineer", "level", "L5", "office", "london")));
        route("GET /api/v1/applications/{id}/interviews", ALL, c -> c.api().get("/api/v1/applications/" + c.f().application() + "/interviews"));
        route("PUT /api/v1/interviews/{id}", MOVERS, c -> c.api().send("PUT", "/api/v1/interviews/" + c.f().round(), "application/json",
                "{\"minutes\": 45}"));
        route("PUT /api/v1/interviews/{id}/notes", PANEL, c -> c.api().send("PUT", "/api/v1/interviews/" + c.f().round() + "/notes",
                "application/json", "{\"text\": \"note\"}"));
        route("POST /api/v1/interviews/{id}/scorecards", PANEL, c -> c.api().post("/api/v1/interviews/" + c.f().round() + "/scorecards",
                screenScorecard()));
        route("GET /api/v1/applications/{id}/scorecards", ALL, c -> c.api().get("/api/v1/applications/" + c.f().application() + "/scorecards"));
        route("POST /api/v1/applications/{id}/stages/{stage}/close", EnumSet.of(As.ADMIN, As.HIRING_MANAGER), c -> c.api().post(
                "/api/v1/applications/" + c.f().application() + "/stages/ONSITE_LOOP/close", Map.of("reason", "r")));
        route("GET /api/v1/applications/{id}/review", REVIEWERS, c -> c.api().get("/api/v1/applications/" + c.f().application() + "/review"));
        route("POST /api/v1/applications/{id}/votes", DECIDERS, c -> c.api().post("/api/v1/applications/" + c.f().application() + "/votes",
                Map.of("vote", "HIRE", "rationale", "strong loop")));
        route("POST /api/v1/applications/{id}/decision", DECIDERS, c -> c.api().post("/api/v1/applications/" + c.f().application()
                + "/decision", Map.of("decision", "MORE_DATA", "rationale", "one more signal", "rounds", java.util.List.of("BEHAVIORAL"))));
        route("GET /api/v1/calibration", REVIEWERS, c -> c.api().get("/api/v1/calibration"));
        route("GET /api/v1/questions", ALL, c -> c.api().get("/api/v1/questions?roundType=BEHAVIORAL"));
        route("GET /api/v1/questions/{id}", ALL, c -> c.api().get("/api/v1/questions/" + anyQuestion()));
        route("PUT /api/v1/questions/{id}", ADMIN, c -> c.api().send("PUT", "/api/v1/questions/" + unique("q"), "application/json",
                newQuestion()));
        route("POST /api/v1/questions/{id}/retire", ADMIN, c -> c.api().post("/api/v1/questions/" + freshQuestion() + "/retire", Map.of()));
        route("GET /api/v1/rubrics", ALL, c -> c.api().get("/api/v1/rubrics"));
        route("GET /applications/{id}/interviews", ALL, c -> c.page().get("/applications/" + c.f().application() + "/interviews"));
        route("POST /interviews/{id}/plan", MOVERS, c -> c.page().form("/interviews/" + c.f().round() + "/plan",
                Map.of("minutes", "30", "mode", "VIRTUAL", "language", "en", "aiPolicy", "UNAIDED")));
        route("GET /interviews/{id}/kit", ALL, c -> c.page().get("/interviews/" + c.f().round() + "/kit"));
        route("PUT /interviews/{id}/notes", PANEL, c -> c.page().form("PUT", "/interviews/" + c.f().round() + "/notes", Map.of("text", "n")));
        route("POST /interviews/{id}/scorecard", PANEL, c -> c.page().form("/interviews/" + c.f().round() + "/scorecard",
                Map.of("recommendation", "YES")));
        route("GET /applications/{id}/review", REVIEWERS, c -> c.page().get("/applications/" + c.f().application() + "/review"));
        route("POST /applications/{id}/votes", DECIDERS, c -> c.page().form("/applications/" + c.f().application() + "/votes",
                Map.of("vote", "NO_HIRE", "rationale", "r")));
        route("POST /applications/{id}/decision", DECIDERS, c -> c.page().form("/applications/" + c.f().application() + "/decision",
                Map.of("decision", "MORE_DATA", "rationale", "r", "rounds", "BEHAVIORAL")));
        route("GET /calibration", REVIEWERS, c -> c.page().get("/calibration"));
        route("GET /questions", ALL, c -> c.page().get("/questions?roundType=BEHAVIORAL"));
        route("GET /questions/new", ADMIN, c -> c.page().get("/questions/new"));
        route("GET /questions/{id}", ALL, c -> c.page().get("/questions/" + anyQuestion()));
        route("POST /questions/save", ADMIN, c -> c.page().form("/questions/save", Map.ofEntries(Map.entry("id", unique("pq")),
                Map.entry("roundType", "BEHAVIORAL"), Map.entry("title.en", "T"), Map.entry("title.fr", "T"), Map.entry("prompt.en", "P"),
                Map.entry("prompt.fr", "P"), Map.entry("guide.en", "G"), Map.entry("guide.fr", "G"),
                Map.entry("competencies", BEHAVIORAL_COMPETENCY), Map.entry("tracks", "software-engineer"), Map.entry("levels", "L5"),
                Map.entry("difficulty", "MEDIUM"))));
        route("POST /questions/{id}/retire", ADMIN, c -> c.page().form("/questions/" + freshQuestion() + "/retire", Map.of()));
        route("GET /api/v1/jobs/{id}/pipeline", MOVERS, c -> c.api().get("/api/v1/jobs/" + c.f().job() + "/pipeline"));
        route("GET /api/v1/candidates", PIPELINE, c -> c.api().get("/api/v1/candidates?q=a"));
        route("POST /api/v1/candidates", PIPELINE, c -> c.api().post("/api/v1/candidates",
                Map.of("name", "N", "email", unique("n") + "@example.com")));
        route("POST /api/v1/candidates/import", PIPELINE, c -> c.api().send("POST", "/api/v1/candidates/import", "text/csv",
                "name,email\nImported," + unique("i") + "@example.com\n"));
        route("GET /api/v1/candidates/{id}", ALL, c -> c.api().get("/api/v1/candidates/" + c.f().candidate()));
        route("POST /api/v1/applications", PIPELINE, c -> c.api().post("/api/v1/applications",
                Map.of("candidateId", createCandidate("Fresh"), "jobId", c.f().job())));
        route("GET /api/v1/applications/{id}", ALL, c -> c.api().get("/api/v1/applications/" + c.f().application()));
        route("POST /api/v1/applications/{id}/transitions", MOVERS, c -> c.api().post(
                "/api/v1/applications/" + c.f().application() + "/transitions", Map.of("action", "hold")));
        route("POST /api/v1/applications/{id}/rounds/{roundId}/complete", MOVERS, c -> c.api().post(
                "/api/v1/applications/" + c.f().application() + "/rounds/" + c.f().round() + "/complete", Map.of()));
        route("POST /api/v1/applications/{id}/rounds/{roundId}/waive", MOVERS, c -> c.api().post(
                "/api/v1/applications/" + c.f().application() + "/rounds/" + c.f().round() + "/waive", Map.of("reason", "r")));
        // Pages
        publicRoute("GET /login", c -> Api.anonymous(port).get("/login"));
        route("GET /", ALL, c -> c.page().get("/"));
        route("GET /jobs", ALL, c -> c.page().get("/jobs"));
        route("POST /jobs", PIPELINE, c -> c.page().form("/jobs",
                Map.of("title", "Page job", "track", "software-engineer", "level", "L5", "office", "paris")));
        route("GET /jobs/{id}", MOVERS, c -> c.page().get("/jobs/" + c.f().job()));
        route("POST /jobs/{id}/board/{applicationId}/advance", MOVERS, c -> c.page().form(
                "/jobs/" + c.f().job() + "/board/" + c.f().application() + "/advance", Map.of()));
        route("GET /candidates", PIPELINE, c -> c.page().get("/candidates"));
        route("POST /candidates", PIPELINE, c -> c.page().form("/candidates",
                Map.of("name", "Page candidate", "email", unique("p") + "@example.com")));
        route("POST /candidates/import", PIPELINE, c -> c.page().upload("/candidates/import", "file", "c.csv",
                "name,email\nUploaded," + unique("u") + "@example.com\n"));
        route("GET /candidates/{id}", ALL, c -> c.page().get("/candidates/" + c.f().candidate()));
        route("POST /candidates/{id}/applications", PIPELINE, c -> c.page().form(
                "/candidates/" + createCandidate("Paged") + "/applications", Map.of("jobId", String.valueOf(c.f().job()))));
        route("POST /applications/{id}/move", MOVERS, c -> c.page().form(
                "/applications/" + c.f().application() + "/move", Map.of("action", "RESUME")));
        route("POST /applications/{id}/rounds/{roundId}", MOVERS, c -> c.page().form(
                "/applications/" + c.f().application() + "/rounds/" + c.f().round(), Map.of("outcome", "DONE")));
        route("GET /process", ALL, c -> c.page().get("/process"));
        route("POST /process", ADMIN, c -> c.page().upload("/process", "file", "process.yaml",
                admin().get("/api/v1/process").body()));
        judgeRoutes();
        offerRoutes();
        schedulingRoutes();
        aiActRoutes();
        webhookRoutes();
        userRoutes();
        analyticsRoutes();

        BEHAVIORAL_COMPETENCY = admin().get("/api/v1/questions?roundType=BEHAVIORAL").json().get(0).get("question")
                .get("body").get("competencies").get(0).asString();
        for (As as : As.values()) {
            Person p = person(as.name());
            people.put(as, p);
            pages.put(as, Api.session(port, p.email(), PASSWORD));
        }
    }

    /**
     * A job managed by the test's hiring manager, with an application in the final review (so the
     * committee has a relation to it) whose first round the interviewer is on the panel of.
     */
    Fixture fixture() {
        long job = createJob("software-engineer", people.get(As.HIRING_MANAGER).id());
        long candidate = createCandidate("Matrix Candidate");
        long application = apply(candidate, job);
        long round = application(application).get("rounds").get(0).get("id").asLong();
        jdbc.sql("insert into round_panel (round_id, user_id) values (?, ?)").params(round, people.get(As.INTERVIEWER).id()).update();
        jdbc.sql("update applications set stage = 'FINAL_REVIEW' where id = ?").param(application).update();
        return new Fixture(job, candidate, application, round, people.get(As.INTERVIEWER).id());
    }

    Map<String, Object> screenScorecard() {
        Map<String, Integer> ratings = new java.util.LinkedHashMap<>();
        Map<String, String> evidence = new java.util.LinkedHashMap<>();
        for (var rubric : admin().get("/api/v1/rubrics").json()) {
            if (!rubric.get("roundType").asString().equals("RECRUITER_SCREEN")) continue;
            for (var c : rubric.get("competencies")) {
                ratings.put(c.get("key").asString(), 3);
                evidence.put(c.get("key").asString(), "seen");
            }
        }
        return Map.of("ratings", ratings, "evidence", evidence, "recommendation", "YES");
    }

    String anyQuestion() {
        return admin().get("/api/v1/questions?roundType=BEHAVIORAL").json().get(0).get("question").get("id").asString();
    }

    static String newQuestion() {
        return """
                {"roundType": "BEHAVIORAL", "body": {"title": {"en": "T", "fr": "T"}, "prompt": {"en": "P", "fr": "P"},
                 "guide": {"en": "G", "fr": "G"}, "followUps": [], "strongSignals": [], "weakSignals": [],
                 "competencies": [%s], "tracks": ["software-engineer"], "levels": ["L5"], "difficulty": "MEDIUM"}}"""
                .formatted("\"" + BEHAVIORAL_COMPETENCY + "\"");
    }

    static String BEHAVIORAL_COMPETENCY = "";

    String freshQuestion() {
        String id = unique("q");
        admin().send("PUT", "/api/v1/questions/" + id, "application/json", newQuestion());
        return id;
    }

    @Test
    @DisplayName("every route has an entry in the matrix")
    void everyRouteIsListed() {
        Set<String> served = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (!method.getBeanType().getPackageName().startsWith("dev.boucle")) return;
            for (var verb : info.getMethodsCondition().getMethods()) {
                for (String pattern : info.getPathPatternsCondition().getPatternValues()) served.add(verb + " " + pattern);
            }
        });
        assertThat(served).hasSizeGreaterThan(30);
        assertThat(matrix.keySet()).containsExactlyInAnyOrderElementsOf(served);
    }

    @Test
    @DisplayName("each role gets exactly the routes the matrix allows it")
    void rolesGetWhatTheMatrixSays() {
        Map<String, String> wrong = new LinkedHashMap<>();
        matrix.forEach((route, rule) -> {
            for (As as : As.values()) {
                Fixture f = fixture();
                Api.Response r = rule.request().apply(new Call(people.get(as).api(), pages.get(as), f));
                boolean denied = r.status() == 403 || r.status() == 401
                        || (r.status() == 302 && r.header("Location").contains("/login"));
                if (rule.allowed().contains(as) == denied) wrong.put(route + " as " + as, r.status() + " " + r.body());
                // A 5xx is neither allowed nor denied: a bug, whoever asks.
                if (r.status() >= 500) wrong.put(route + " as " + as + " (server error)", r.status() + " " + r.body());
            }
        });
        assertThat(wrong).as("routes answering against the matrix").isEmpty();
    }

    @Test
    @DisplayName("nobody signed in gets 401 problem+json on the API and the sign-in page elsewhere")
    void anonymous() {
        Fixture f = fixture();
        Api nobody = Api.anonymous(port);
        matrix.forEach((route, rule) -> {
            if (rule.publicRoute()) return;
            String[] parts = route.split(" ");
            String path = parts[1].replace("{id}", String.valueOf(f.application())).replace("{roundId}", String.valueOf(f.round()))
                    .replace("{applicationId}", String.valueOf(f.application())).replace("{stage}", "ONSITE_LOOP")
                    .replace("{tokenId}", "1").replace("{deliveryId}", "1");
            Api.Response r = parts[0].equals("GET") ? nobody.get(path) : nobody.send(parts[0], path, "application/json", "{}");
            if (path.startsWith("/api/")) {
                assertThat(r.status()).as(route).isEqualTo(401);
                assertThat(r.contentType()).as(route).startsWith("application/problem+json");
            } else if (parts[0].equals("GET")) {
                assertThat(r.status()).as(route).isEqualTo(302);
                assertThat(r.header("Location")).as(route).endsWith("/login");
            } else {
                assertThat(r.status()).as(route).isEqualTo(403); // no CSRF token, no session: refused before anything
            }
        });
    }

    @Test
    @DisplayName("a hiring manager sees only their own jobs' candidates; an interviewer only the ones they interview")
    void relationToTheCandidate() {
        Fixture mine = fixture();
        Person otherManager = person("HIRING_MANAGER");
        Person otherInterviewer = person("INTERVIEWER");
        assertThat(otherManager.api().get("/api/v1/jobs/" + mine.job() + "/pipeline").status()).isEqualTo(403);
        assertThat(otherManager.api().get("/api/v1/applications/" + mine.application()).status()).isEqualTo(403);
        assertThat(otherManager.api().post("/api/v1/applications/" + mine.application() + "/transitions",
                Map.of("action", "advance")).status()).isEqualTo(403);
        assertThat(otherInterviewer.api().get("/api/v1/candidates/" + mine.candidate()).status()).isEqualTo(403);
        assertThat(otherInterviewer.api().get("/api/v1/applications/" + mine.application()).status()).isEqualTo(403);
        assertThat(people.get(As.INTERVIEWER).api().get("/api/v1/applications/" + mine.application()).status()).isEqualTo(200);
        assertThat(people.get(As.INTERVIEWER).api().post("/api/v1/applications/" + mine.application() + "/transitions",
                Map.of("action", "advance")).status()).isEqualTo(403);
    }

    // Routes of later features, one method each so that they are declared apart.

    static final Set<As> CODING_STAFF = EnumSet.of(As.ADMIN, As.RECRUITER, As.HIRING_MANAGER, As.INTERVIEWER);

    void judgeRoutes() {
        route("POST /api/v1/submissions", CODING_STAFF, c -> c.api().post("/api/v1/submissions",
                Map.of("problemId", "calm-stretch", "language", "python", "source", "class Solution: pass")));
        route("GET /api/v1/submissions/{id}", CODING_STAFF, c -> c.api().get("/api/v1/submissions/" + roundSubmission(c.f())));
        route("GET /api/v1/interviews/{roundId}/submissions", CODING_STAFF, c -> c.api().get(
                "/api/v1/interviews/" + c.f().round() + "/submissions"));
        // The fixture's round is not a coding round: the allowed get 409, the others 403 before that.
        route("PUT /api/v1/interviews/{roundId}/pad", CODING_STAFF, c -> c.api().send("PUT", "/api/v1/interviews/" + c.f().round()
                + "/pad", "application/json", "{\"problemId\": \"calm-stretch\"}"));
        route("DELETE /api/v1/interviews/{roundId}/pad", CODING_STAFF, c -> c.api().send("DELETE", "/api/v1/interviews/"
                + c.f().round() + "/pad", "application/json", ""));
        route("GET /api/v1/problems", CODING_STAFF, c -> c.api().get("/api/v1/problems"));
        route("GET /api/v1/problems/{id}", CODING_STAFF, c -> c.api().get("/api/v1/problems/calm-stretch"));
        // Kattis packages, administrators only; a zip that is not one is enough to tell 422 from 403.
        route("POST /api/v1/problems/packages", ADMIN, c -> c.api().upload("/api/v1/problems/packages",
                Map.of("topic", List.of("ALGORITHMS"), "difficulty", List.of("EASY"), "roundTypes", List.of("ALGORITHMIC_CODING")),
                "file", "p.zip", "not a zip".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        route("GET /api/v1/problems/{id}/package", ADMIN, c -> c.api().get("/api/v1/problems/round-robin/package"));
        route("GET /admin/problems", ADMIN, c -> c.page().get("/admin/problems"));
        route("POST /admin/problems", ADMIN, c -> c.page().upload("/admin/problems", "file", "p.zip", "not a zip"));
        route("GET /coding/problems", CODING_STAFF, c -> c.page().get("/coding/problems"));
        route("GET /coding/problems/{id}", CODING_STAFF, c -> c.page().get("/coding/problems/token-bucket"));
        route("GET /interviews/{id}/coding", CODING_STAFF, c -> c.page().get("/interviews/" + c.f().round() + "/coding"));
        route("POST /interviews/{id}/coding/pad", CODING_STAFF, c -> c.page().form("/interviews/" + c.f().round() + "/coding/pad",
                Map.of("problemId", "calm-stretch")));
        route("POST /interviews/{id}/coding/pad/close", CODING_STAFF, c -> c.page().form("/interviews/" + c.f().round()
                + "/coding/pad/close", Map.of()));
        // The candidate's pad: no account, the link is the key; an unknown link is 404 for everyone.
        publicRoute("GET /pad/{token}", c -> Api.anonymous(port).get("/pad/" + "x".repeat(43)));
        // The live pad, staff side: whoever may see the round (its panel, the hiring team, the committee at review).
        route("GET /api/v1/interviews/{roundId}/pad", ALL, c -> c.api().get("/api/v1/interviews/" + c.f().round() + "/pad"));
        route("GET /api/v1/interviews/{roundId}/pad/events", ALL, c -> c.api().get("/api/v1/interviews/" + c.f().round() + "/pad/events"));
        route("GET /interviews/{id}/pad", ALL, c -> c.page().get("/interviews/" + c.f().round() + "/pad"));
        route("GET /interviews/{id}/pad/state", ALL, c -> c.page().get("/interviews/" + c.f().round() + "/pad/state"));
        route("GET /interviews/{id}/pad/timeline", ALL, c -> c.page().get("/interviews/" + c.f().round() + "/pad/timeline"));
        route("GET /interviews/{id}/pad/integrity", ALL, c -> c.page().get("/interviews/" + c.f().round() + "/pad/integrity"));
        // The state first makes the document, so the poll has its starter change to answer with at once.
        route("GET /interviews/{id}/pad/poll", ALL, c -> {
            c.page().get("/interviews/" + c.f().round() + "/pad/state");
            return c.page().get("/interviews/" + c.f().round() + "/pad/poll?v=0&seq=0");
        });
        route("POST /interviews/{id}/pad/send", ALL, c -> c.page().json("POST", "/interviews/" + c.f().round() + "/pad/send",
                "{\"t\": \"pull\", \"v\": 0}"));
        route("POST /interviews/{id}/pad/runs", ALL, c -> c.page().json("POST", "/interviews/" + c.f().round() + "/pad/runs", "{}"));
        route("POST /interviews/{id}/pad/language", ALL, c -> c.page().json("POST", "/interviews/" + c.f().round() + "/pad/language",
                "{\"language\": \"java\"}"));
        // The live pad, candidate side: the link is the key.
        String unknown = "/pad/" + "x".repeat(43);
        publicRoute("GET /pad/{token}/state", c -> Api.anonymous(port).get(unknown + "/state"));
        publicRoute("GET /pad/{token}/poll", c -> Api.anonymous(port).get(unknown + "/poll"));
        publicRoute("POST /pad/{token}/send", c -> Api.anonymous(port).post(unknown + "/send", Map.of("t", "pull")));
        publicRoute("POST /pad/{token}/runs", c -> Api.anonymous(port).post(unknown + "/runs", Map.of()));
        publicRoute("POST /pad/{token}/language", c -> Api.anonymous(port).post(unknown + "/language", Map.of("language", "java")));
        publicRoute("POST /pad/{token}/signals", c -> Api.anonymous(port).post(unknown + "/signals", Map.of("kind", "FOCUS_LOST")));
        publicRoute("POST /pad/{token}/assistant", c -> Api.anonymous(port).post(unknown + "/assistant", Map.of("prompt", "hi")));
        publicRoute("GET /pad/{token}/submissions/{id}", c -> Api.anonymous(port).get("/pad/" + "x".repeat(43) + "/submissions/1"));
    }

    /** A submission of the fixture's round, which every staff role has a relation to. */
    long roundSubmission(Fixture f) {
        return jdbc.sql("insert into submissions (problem_id, language, source, round_id, status) values ('calm-stretch', 'python', 'x', ?, 'DONE') returning id")
                .param(f.round()).query(Long.class).single();
    }

    void offerRoutes() {
        Set<As> viewers = REVIEWERS;
        Set<As> approvers = EnumSet.of(As.ADMIN, As.HIRING_MANAGER); // the policy names the job's manager, then any admin
        route("GET /api/v1/comp/net", ALL, c -> c.api().get("/api/v1/comp/net?country=FR&year=2026&gross=60000"));
        route("GET /api/v1/comp/bands", PIPELINE, c -> c.api().get("/api/v1/comp/bands"));
        route("PUT /api/v1/comp/bands", ADMIN, c -> c.api().send("PUT", "/api/v1/comp/bands", "application/yaml",
                admin().get("/api/v1/comp/bands").body()));
        route("POST /api/v1/applications/{id}/offers", PIPELINE, c -> c.api().post("/api/v1/applications/"
                + atOffer(c.f()) + "/offers", dev.boucle.offers.OfferFixtures.parisOffer("95000")));
        route("GET /api/v1/applications/{id}/offers", viewers, c -> c.api().get("/api/v1/applications/"
                + offerApplication(pending(c.f())) + "/offers"));
        route("GET /api/v1/offers/{id}", viewers, c -> c.api().get("/api/v1/offers/" + pending(c.f())));
        route("PUT /api/v1/offers/{id}", PIPELINE, c -> c.api().send("PUT", "/api/v1/offers/" + pending(c.f()), "application/json",
                "{\"office\": \"paris\"}"));
        route("POST /api/v1/offers/{id}/transitions", PIPELINE, c -> c.api().post("/api/v1/offers/" + pending(c.f()) + "/transitions",
                Map.of("action", "extend")));
        route("POST /api/v1/offers/{id}/approvals", approvers, c -> c.api().post("/api/v1/offers/" + pending(c.f()) + "/approvals",
                Map.of("decision", "approve")));
        route("GET /api/v1/offers/{id}/comparison", viewers, c -> c.api().get("/api/v1/offers/" + pending(c.f()) + "/comparison"));
        route("GET /api/v1/offers/{id}/letter.pdf", viewers, c -> c.api().get("/api/v1/offers/" + pending(c.f()) + "/letter.pdf"));
        route("GET /applications/{id}/offers", viewers, c -> c.page().get("/applications/" + offerApplication(pending(c.f())) + "/offers"));
        route("GET /applications/{id}/offers/new", PIPELINE, c -> c.page().get("/applications/" + atOffer(c.f()) + "/offers/new"));
        route("POST /applications/{id}/offers", PIPELINE, c -> c.page().form("/applications/" + atOffer(c.f()) + "/offers",
                Map.of("office", "paris", "base", "95000")));
        route("GET /offers/{id}", viewers, c -> c.page().get("/offers/" + pending(c.f()) + "?household=couple&children=1"));
        route("GET /offers/{id}/edit", PIPELINE, c -> c.page().get("/offers/" + pending(c.f()) + "/edit"));
        route("POST /offers/{id}", PIPELINE, c -> c.page().form("/offers/" + pending(c.f()), Map.of("office", "paris")));
        route("POST /offers/{id}/transitions", PIPELINE, c -> c.page().form("/offers/" + pending(c.f()) + "/transitions",
                Map.of("action", "EXTEND")));
        route("POST /offers/{id}/approvals", approvers, c -> c.page().form("/offers/" + pending(c.f()) + "/approvals",
                Map.of("decision", "APPROVE")));
        route("GET /offers/{id}/letter.pdf", viewers, c -> c.page().get("/offers/" + pending(c.f()) + "/letter.pdf?lang=fr"));
        route("GET /bands", PIPELINE, c -> c.page().get("/bands"));
        route("POST /bands", ADMIN, c -> c.page().form("/bands", Map.of("yaml", admin().get("/api/v1/comp/bands").body())));
    }

    /** A new application at OFFER on the fixture's job (managed by the matrix's hiring manager). */
    long atOffer(Fixture f) {
        return dev.boucle.offers.OfferFixtures.applicationAtOffer(admin(), f.job(), "Offer Matrix");
    }

    /** An offer above its band on the fixture's job, waiting for its manager then an admin. */
    long pending(Fixture f) {
        return dev.boucle.offers.OfferFixtures.pendingOffer(admin(), f.job());
    }

    long offerApplication(long offer) {
        return admin().get("/api/v1/offers/" + offer).json().get("applicationId").asLong();
    }

    void schedulingRoutes() {
        Set<As> self = EnumSet.of(As.ADMIN, As.RECRUITER, As.INTERVIEWER); // an interviewer's own profile, or a recruiter
        String profile = "{\"office\": \"paris\", \"languages\": [\"en\"], \"roundTypes\": [\"BEHAVIORAL\"], \"workStart\": \"09:00\","
                + " \"workEnd\": \"18:00\", \"maxPerWeek\": 5, \"trainee\": false}";
        String ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nBEGIN:VEVENT\r\nUID:m@t\r\nDTSTAMP:20300101T000000Z\r\n"
                + "DTSTART:20300107T100000Z\r\nDTEND:20300107T110000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        Map<String, String> pageProfile = Map.of("office", "paris", "languages", "en", "roundTypes", "BEHAVIORAL", "workStart", "09:00",
                "workEnd", "18:00", "maxPerWeek", "5");
        route("GET /api/v1/interviewers/{id}/profile", self, c -> c.api().get("/api/v1/interviewers/" + c.f().user() + "/profile"));
        route("PUT /api/v1/interviewers/{id}/profile", self, c -> c.api().send("PUT", "/api/v1/interviewers/" + c.f().user() + "/profile",
                "application/json", profile));
        route("POST /api/v1/interviewers/{id}/calendar", self, c -> c.api().send("POST", "/api/v1/interviewers/" + c.f().user() + "/calendar",
                "text/calendar", ics));
        route("PUT /api/v1/interviewers/{id}/calendar-feed", self, c -> c.api().send("PUT", "/api/v1/interviewers/" + c.f().user()
                + "/calendar-feed", "application/json", "{\"url\": \"\"}"));
        route("POST /api/v1/interviewers/{id}/blocks", self, c -> c.api().post("/api/v1/interviewers/" + c.f().user() + "/blocks",
                Map.of("start", "2030-01-08T10:00:00Z", "end", "2030-01-08T11:00:00Z")));
        route("POST /api/v1/interviewers/{id}/unavailable", PIPELINE, c -> c.api().post("/api/v1/interviewers/" + c.f().user()
                + "/unavailable", Map.of("from", "2030-02-01T00:00:00Z", "to", "2030-02-02T00:00:00Z", "reason", "leave")));
        route("PUT /api/v1/applications/{id}/candidate-availability", PIPELINE, c -> c.api().send("PUT", "/api/v1/applications/"
                + c.f().application() + "/candidate-availability", "application/json",
                "{\"zone\": \"Europe/Paris\", \"slots\": [{\"start\": \"2030-01-07T09:00\", \"end\": \"2030-01-07T17:00\"}]}"));
        route("POST /api/v1/applications/{id}/schedule", PIPELINE, c -> c.api().post("/api/v1/applications/" + c.f().application()
                + "/schedule", Map.of()));
        route("GET /api/v1/schedules/{id}", MOVERS, c -> c.api().get("/api/v1/schedules/" + schedule(c.f())));
        route("POST /api/v1/schedules/{id}/publish", PIPELINE, c -> c.api().post("/api/v1/schedules/" + schedule(c.f()) + "/publish", Map.of()));
        route("POST /api/v1/interviews/{roundId}/decline", self, c -> c.api().post("/api/v1/interviews/" + c.f().round() + "/decline",
                Map.of("reason", "ill")));
        route("GET /interviewers/{id}/profile", self, c -> c.page().get("/interviewers/" + c.f().user() + "/profile"));
        route("POST /interviewers/{id}/profile", self, c -> c.page().form("/interviewers/" + c.f().user() + "/profile", pageProfile));
        route("POST /interviewers/{id}/calendar", self, c -> c.page().upload("/interviewers/" + c.f().user() + "/calendar", "file",
                "busy.ics", ics));
        route("POST /interviewers/{id}/calendar-feed", self, c -> c.page().form("/interviewers/" + c.f().user() + "/calendar-feed",
                Map.of("url", "")));
        route("POST /interviewers/{id}/blocks", self, c -> c.page().form("/interviewers/" + c.f().user() + "/blocks",
                Map.of("start", "2030-01-09T10:00", "end", "2030-01-09T11:00")));
        route("POST /interviewers/{id}/blocks/remove", self, c -> c.page().form("/interviewers/" + c.f().user() + "/blocks/remove",
                Map.of("blockId", "0")));
        route("POST /interviewers/{id}/unavailable", PIPELINE, c -> c.page().form("/interviewers/" + c.f().user() + "/unavailable",
                Map.of("start", "2030-03-01T09:00", "end", "2030-03-01T18:00", "reason", "ill")));
        route("GET /applications/{id}/schedule", MOVERS, c -> c.page().get("/applications/" + c.f().application() + "/schedule"));
        route("GET /schedules/{id}/progress", MOVERS, c -> c.page().get("/schedules/" + schedule(c.f()) + "/progress"));
        route("POST /applications/{id}/schedule/availability", PIPELINE, c -> c.page().form("/applications/" + c.f().application()
                + "/schedule/availability", Map.of("zone", "Europe/Paris", "slots", "2030-01-07T09:00 2030-01-07T17:00")));
        route("POST /applications/{id}/schedule", PIPELINE, c -> c.page().form("/applications/" + c.f().application() + "/schedule",
                Map.of("stage", "ONSITE_LOOP")));
        route("POST /schedules/{id}/publish", PIPELINE, c -> c.page().form("/schedules/" + schedule(c.f()) + "/publish", Map.of()));
        route("GET /schedule/week", STAFF, c -> c.page().get("/schedule/week?week=2030-W02"));
        route("POST /interviews/{roundId}/decline", self, c -> c.page().form("/interviews/" + c.f().round() + "/decline",
                Map.of("reason", "ill")));
    }

    /** A user only this call changes, so deactivating or re-inviting touches nobody else's fixture. */
    long freshUser() {
        return admin().post("/api/v1/users", Map.of("email", unique("u") + "@boucle.test", "name", "U", "roles",
                List.of("INTERVIEWER"), "password", PASSWORD)).json().get("id").asLong();
    }

    void userRoutes() {
        route("GET /api/v1/users/{id}", ADMIN, c -> c.api().get("/api/v1/users/" + c.f().user()));
        route("PUT /api/v1/users/{id}", ADMIN, c -> c.api().send("PUT", "/api/v1/users/" + freshUser(), "application/json",
                "{\"active\": false}"));
        route("POST /api/v1/users/{id}/invite", ADMIN, c -> c.api().post("/api/v1/users/" + freshUser() + "/invite", Map.of()));
        route("GET /admin/users", ADMIN, c -> c.page().get("/admin/users"));
        route("POST /admin/users", ADMIN, c -> c.page().form("/admin/users", Map.of("email", unique("i") + "@boucle.test", "name", "I",
                "roles", "INTERVIEWER", "locale", "en")));
        route("GET /admin/users/{id}", ADMIN, c -> c.page().get("/admin/users/" + c.f().user()));
        route("POST /admin/users/{id}", ADMIN, c -> c.page().form("/admin/users/" + freshUser(), Map.of("name", "V", "roles", "INTERVIEWER",
                "locale", "fr")));
        route("POST /admin/users/{id}/active", ADMIN, c -> c.page().form("/admin/users/" + freshUser() + "/active",
                Map.of("active", "false", "confirm", "yes")));
        route("POST /admin/users/{id}/invite", ADMIN, c -> c.page().form("/admin/users/" + freshUser() + "/invite", Map.of()));
        route("POST /admin/users/{id}/tokens", ADMIN, c -> c.page().form("/admin/users/" + c.f().user() + "/tokens", Map.of("label", "l")));
        route("POST /admin/users/{id}/tokens/{tokenId}/revoke", ADMIN, c -> c.page().form("/admin/users/" + c.f().user() + "/tokens/"
                + admin().post("/api/v1/users/" + c.f().user() + "/tokens", Map.of()).json().get("id").asLong() + "/revoke", Map.of()));
        publicRoute("GET /password/forgot", c -> Api.anonymous(port).get("/password/forgot"));
        publicRoute("POST /password/forgot", c -> Api.visitor(port).form("/password/forgot", Map.of("email", "nobody@example.com")));
        publicRoute("GET /password/set", c -> Api.anonymous(port).get("/password/set?token=" + "x".repeat(43)));
        publicRoute("POST /password/set", c -> Api.visitor(port).form("/password/set", Map.of("token", "x".repeat(43),
                "password", "a-long-enough-password", "confirmation", "a-long-enough-password")));
    }

    void aiActRoutes() {
        String computations = "/api/v1/applications/";
        route("GET /api/v1/applications/{id}/computations", REVIEWERS, c -> c.api().get(computations + c.f().application() + "/computations"));
        // Whoever has a relation to the candidate may record a review: the fixture's interviewer sits on its round.
        route("POST /api/v1/computations/{id}/reviews", ALL, c -> c.api().post("/api/v1/computations/" + computation(c.f()) + "/reviews",
                Map.of("followed", true)));
        route("POST /api/v1/applications/{id}/explanation-requests", PIPELINE, c -> c.api().post(computations + c.f().application()
                + "/explanation-requests", Map.of("question", "Why?")));
        route("GET /api/v1/explanation-requests", PIPELINE, c -> c.api().get("/api/v1/explanation-requests?open=true"));
        route("GET /api/v1/explanation-requests/{id}", PIPELINE, c -> c.api().get("/api/v1/explanation-requests/" + explanation(c.f())));
        route("POST /api/v1/explanation-requests/{id}/answer", PIPELINE, c -> c.api().post("/api/v1/explanation-requests/"
                + explanation(c.f()) + "/answer", Map.of("answer", "Because.")));
        route("GET /api/v1/compliance/export", ADMIN, c -> c.api().get("/api/v1/compliance/export"));
        route("GET /api/v1/compliance/deployer-duties", ADMIN, c -> c.api().get("/api/v1/compliance/deployer-duties"));
        route("PUT /api/v1/compliance/deployer-duties", ADMIN, c -> c.api().send("PUT", "/api/v1/compliance/deployer-duties",
                "application/json", admin().get("/api/v1/compliance/deployer-duties").json().get("duties").toString()));
        candidateRoute("POST /api/v1/portal/applications/{id}/explanation-requests", c -> c.api().post("/api/v1/portal/applications/"
                + c.f().application() + "/explanation-requests", Map.of("question", "Why?")));
        candidateRoute("POST /portal/applications/{id}/explanation-requests", c -> c.page().form("/portal/applications/"
                + c.f().application() + "/explanation-requests", Map.of("question", "Why?")));
        route("GET /compliance", ADMIN, c -> c.page().get("/compliance"));
        route("GET /compliance/export", ADMIN, c -> c.page().get("/compliance/export"));
        route("GET /compliance/deployer-duties", ADMIN, c -> c.page().get("/compliance/deployer-duties"));
        route("POST /compliance/deployer-duties", ADMIN, c -> c.page().form("/compliance/deployer-duties", Map.of("trainedOn", "")));
        route("GET /explanation-requests", PIPELINE, c -> c.page().get("/explanation-requests"));
        route("GET /explanation-requests/{id}", PIPELINE, c -> c.page().get("/explanation-requests/" + explanation(c.f())));
        route("POST /explanation-requests/{id}/answer", PIPELINE, c -> c.page().form("/explanation-requests/" + explanation(c.f())
                + "/answer", Map.of("answer", "Because.")));
    }

    void webhookRoutes() {
        String api = "/api/v1/webhooks/";
        // A paused endpoint (so the fixture's events queue nothing for it); refused bodies where a call would change much.
        route("POST /api/v1/webhooks", ADMIN, c -> c.api().post("/api/v1/webhooks", Map.of("url", "", "events", List.of("offer.changed"))));
        route("GET /api/v1/webhooks", ADMIN, c -> c.api().get("/api/v1/webhooks"));
        route("GET /api/v1/webhooks/{id}", ADMIN, c -> c.api().get(api + webhook()));
        route("PUT /api/v1/webhooks/{id}", ADMIN, c -> c.api().send("PUT", api + webhook(), "application/json",
                "{\"url\": \"http://127.0.0.1:9/hook\", \"events\": [\"offer.changed\"], \"active\": false}"));
        route("DELETE /api/v1/webhooks/{id}", ADMIN, c -> c.api().send("DELETE", api + newWebhook(), "application/json", ""));
        route("POST /api/v1/webhooks/{id}/secret", ADMIN, c -> c.api().post(api + webhook() + "/secret", Map.of()));
        route("GET /api/v1/webhooks/{id}/deliveries", ADMIN, c -> c.api().get(api + webhook() + "/deliveries"));
        route("POST /api/v1/webhooks/{id}/deliveries/{deliveryId}/replay", ADMIN, c -> c.api().post(api + webhook() + "/deliveries/"
                + webhookDelivery() + "/replay", Map.of()));
        route("GET /admin/webhooks", ADMIN, c -> c.page().get("/admin/webhooks"));
        route("POST /admin/webhooks", ADMIN, c -> c.page().form("/admin/webhooks", Map.of("url", "", "events", "offer.changed")));
        route("GET /admin/webhooks/{id}", ADMIN, c -> c.page().get("/admin/webhooks/" + webhook()));
        route("POST /admin/webhooks/{id}/secret", ADMIN, c -> c.page().form("/admin/webhooks/" + webhook() + "/secret", Map.of()));
        route("POST /admin/webhooks/{id}/deliveries/{deliveryId}/replay", ADMIN, c -> c.page().form("/admin/webhooks/" + webhook()
                + "/deliveries/" + webhookDelivery() + "/replay", Map.of()));
        route("POST /admin/webhooks/{id}/active", ADMIN, c -> c.page().form("/admin/webhooks/" + webhook() + "/active",
                Map.of("active", "false")));
        route("POST /admin/webhooks/{id}/delete", ADMIN, c -> c.page().form("/admin/webhooks/" + newWebhook() + "/delete", Map.of()));
    }

    private Long webhook;

    /** The matrix's own paused endpoint, made on first use. */
    long webhook() {
        if (webhook == null) webhook = newWebhook();
        return webhook;
    }

    long newWebhook() {
        long id = admin().post("/api/v1/webhooks", Map.of("url", "http://127.0.0.1:9/hook", "events", List.of("offer.changed")))
                .json().get("id").asLong();
        admin().send("PUT", "/api/v1/webhooks/" + id, "application/json",
                "{\"url\": \"http://127.0.0.1:9/hook\", \"events\": [\"offer.changed\"], \"active\": false}");
        return id;
    }

    /** A delivered message of the matrix's endpoint (replaying it queues a row the paused endpoint never sends). */
    long webhookDelivery() {
        return jdbc.sql("""
                insert into webhook_deliveries (endpoint_id, msg_id, event_type, payload, status) values (?, 'msg_matrix', 'offer.changed', '{}',
                'DELIVERED') returning id""").param(webhook()).query(Long.class).single();
    }

    void analyticsRoutes() {
        for (String report : List.of("funnel", "time-to-hire", "sources", "offers", "decline-reasons", "scorecard-latency", "questions",
                "calibration", "verdicts")) {
            route("GET /api/v1/analytics/" + report, MOVERS, c -> c.api().get("/api/v1/analytics/" + report + "?jobId=" + c.f().job()));
            route("GET /analytics/" + report + ".csv", MOVERS, c -> c.page().get("/analytics/" + report + ".csv?jobId=" + c.f().job()));
        }
        route("GET /analytics", MOVERS, c -> c.page().get("/analytics?jobId=" + c.f().job()));
        // The staff's weeks are the recruiting team's: a hiring manager is refused the load report.
        route("GET /api/v1/analytics/interviewer-load", PIPELINE, c -> c.api().get("/api/v1/analytics/interviewer-load"));
        route("GET /analytics/interviewer-load.csv", PIPELINE, c -> c.page().get("/analytics/interviewer-load.csv"));
    }

    /** A logged verdict about the fixture's application. */
    long computation(Fixture f) {
        return jdbc.sql("""
                insert into computations (kind, engine, engine_version, candidate_id, application_id, subject, inputs, output, keep_until)
                values ('JUDGE_VERDICT', 'boucle-judge', 'test', ?, ?, 1, '{}', '{}', now() + interval '1 year') returning id""")
                .params(f.candidate(), f.application()).query(Long.class).single();
    }

    /** An open explanation request about the fixture's application. */
    long explanation(Fixture f) {
        return jdbc.sql("""
                insert into explanation_requests (application_id, candidate_id, question, asked_at, due_at, asked_via)
                values (?, ?, 'Why?', now(), now() + interval '30 days', 'STAFF') returning id""")
                .params(f.application(), f.candidate()).query(Long.class).single();
    }

    /** A finished run without a plan for the fixture's application (publishing it is refused, not forbidden). */
    long schedule(Fixture f) {
        return jdbc.sql("""
                insert into schedules (application_id, stage, status, total, requested_by)
                values (?, 'ONSITE_LOOP', 'DONE', 0, ?) returning id""").params(f.application(), f.user()).query(Long.class).single();
    }
}
