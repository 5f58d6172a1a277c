package dev.boucle.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.Api;
import dev.boucle.BoucleIntegrationTest;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A candidate's whole loop through the HTTP API, as a team and the candidate would run it, with a
 * distinct marker in every free field: intake, moves with reasons, a phone screen with notes, a
 * live pad (an edit, the assistant, a paste, a run), a staff submission, a scorecard and its
 * amendment, a failed sign-in on the staff's page with the candidate's address, the portal
 * (link, preferences, consent, availability, practice, a booked self-scheduled loop with its .ics
 * invitations), an interviewer's calendar upload naming the candidate, a decline with a reason, the
 * stage closed and rounds completed and waived with reasons, votes and a decision, an offer refused
 * by its approver, approved, extended and declined, and the candidate's withdrawal from the portal.
 */
abstract class ErasureFlow extends BoucleIntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final List<String> ONSITE = List.of("ALGORITHMIC_CODING", "SYSTEMS_CODING", "SYSTEM_DESIGN", "AI_SYSTEM_DESIGN", "BEHAVIORAL");

    /** One marker per field, all sharing a core unique to this run, so that a fragment of any is found too. */
    static final class Markers {
        final String core = unique("Mk").replace("-", "Q");
        final Map<String, String> byField = new LinkedHashMap<>();

        String of(String field) {
            return byField.computeIfAbsent(field, f -> f + core);
        }

        String email() {
            return byField.computeIfAbsent("email", f -> "mail" + core.toLowerCase() + "@example.com");
        }

        String phone() {
            String digits = String.format("%08d", Math.abs(core.hashCode()) % 100_000_000);
            return byField.computeIfAbsent("phone", f -> "+33 7 " + digits.substring(0, 2) + " " + digits.substring(2, 4) + " "
                    + digits.substring(4, 6) + " " + digits.substring(6));
        }

        /** Every marker, and the core alone (a truncated preview or a fragment is still found). */
        List<String> all() {
            var list = new java.util.ArrayList<>(byField.values());
            list.add(core);
            return list;
        }
    }

    record Run(Markers markers, long candidate, long job, long application, Api portal, List<Long> submissions) {}

    /** Runs the loop to its end (withdrawn by the candidate), mail sent; returns what the checks need. */
    Run wholeLoop() throws Exception {
        Markers mk = new Markers();
        Person manager = person("HIRING_MANAGER");
        Person committee = person("COMMITTEE");
        Person phoneInterviewer = person("INTERVIEWER");
        List<Person> panel = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) panel.add(interviewer());
        long job = createJob("software-engineer", manager.id());

        Api.Response created = admin().post("/api/v1/candidates", Map.of("name", mk.of("Name") + " Quetzal", "email", mk.email(),
                "phone", mk.phone(), "location", mk.of("Location"), "source", mk.of("Source")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long candidate = created.json().get("id").asLong();
        long app = apply(candidate, job);
        ok(move(app, "hold", mk.of("HoldReason")));
        ok(move(app, "resume", mk.of("ResumeReason")));
        ok(move(app, "advance", mk.of("AdvanceReason")));
        ok(move(app, "advance", null));

        // The phone screen: a coding round with a live pad, notes, a staff submission and a scorecard.
        long phone = roundOf(app, "PHONE_SCREEN");
        ok(admin().send("PUT", "/api/v1/interviews/" + phone, "application/json",
                "{\"interviewers\": [" + phoneInterviewer.id() + "], \"aiPolicy\": \"CALIBRATED\"}"));
        assertThat(phoneInterviewer.api().send("PUT", "/api/v1/interviews/" + phone + "/notes", "application/json",
                JSON.writeValueAsString(Map.of("text", mk.of("InterviewNote")))).status()).isEqualTo(204);
        List<Long> submissions = new java.util.ArrayList<>(livePad(mk, phone, phoneInterviewer));
        Api.Response staffRun = phoneInterviewer.api().post("/api/v1/submissions", Map.of("problemId", "calm-stretch", "language", "python",
                "roundId", phone, "source", "# " + mk.of("StaffSource") + "\nclass Solution:\n    def longestCalmStretch(self, temps, k):\n"
                        + "        return 0\n"));
        assertThat(staffRun.status()).as(staffRun.body()).isEqualTo(202);
        submissions.add(staffRun.json().get("id").asLong());
        // A syntax error: the judge's report quotes the line, so the result holds the candidate's code too.
        Api.Response broken = phoneInterviewer.api().post("/api/v1/submissions", Map.of("problemId", "calm-stretch", "language", "python",
                "roundId", phone, "source", "x = = \"" + mk.of("JudgeEcho") + "\"\n"));
        assertThat(broken.status()).as(broken.body()).isEqualTo(202);
        submissions.add(broken.json().get("id").asLong());
        assertThat(phoneInterviewer.api().post("/api/v1/interviews/" + phone + "/scorecards",
                scorecard("ALGORITHMIC_CODING", mk.of("Evidence"), mk.of("Summary"))).status()).isEqualTo(201);
        Map<String, Object> amended = new HashMap<>(scorecard("ALGORITHMIC_CODING", mk.of("Evidence"), mk.of("Summary")));
        amended.put("amendmentReason", mk.of("AmendmentReason"));
        assertThat(phoneInterviewer.api().post("/api/v1/interviews/" + phone + "/scorecards", amended).status()).isEqualTo(201);
        ok(move(app, "advance", mk.of("OnsiteReason")));

        // The candidate tries the staff's sign-in page with their own address before finding the portal.
        Api.Response wrongDoor = Api.visitor(port).form("/login", Map.of("username", mk.email(), "password", mk.of("Password")));
        assertThat(wrongDoor.header("Location")).contains("/login");
        // The portal: the link by mail, the candidate's own settings, practice, and a booked onsite loop.
        Api portal = opened(app);
        assertThat(portal.json("PUT", "/api/v1/portal/preferences", "{\"locale\": \"en\", \"zone\": \"Europe/Paris\"}").status()).isEqualTo(204);
        ok(portal.json("PUT", "/api/v1/portal/talent-pool", "{\"given\": true}"));
        LocalDate monday = LocalDate.now(PARIS).with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(1);
        ok(portal.json("PUT", "/api/v1/portal/availability", """
                {"applicationId": %d, "zone": "Europe/Paris", "slots": [
                  {"start": "%sT09:00", "end": "%sT18:00"}, {"start": "%sT09:00", "end": "%sT18:00"}]}"""
                .formatted(app, monday, monday, monday.plusDays(2), monday.plusDays(2))));
        Api.Response practice = portal.json("POST", "/api/v1/portal/practice/practice-two-sum-window/attempts",
                JSON.writeValueAsString(Map.of("language", "python", "source", "# " + mk.of("PracticeSource") + "\nprint(0)\n")));
        assertThat(practice.status()).as(practice.body()).isEqualTo(202);
        awaitDone(() -> portal.get("/api/v1/portal/practice/attempts/" + practice.json().get("id").asLong()).json());
        JsonNode plans = portal.get("/api/v1/portal/plans?applicationId=" + app).json();
        assertThat(plans.size()).as(plans.toString()).isPositive();
        Api.Response booked = portal.json("POST", "/api/v1/portal/plans/" + plans.get(0).get("planId").asString() + "/book", "{}");
        assertThat(booked.status()).as(booked.body()).isEqualTo(200);

        // An interviewer's own calendar, uploaded with the invitation's event in it (the candidate's name in its title).
        JsonNode onsite = onsiteInterview(app);
        long lead = onsite.get("panel").get(0).get("id").asLong();
        String start = onsite.get("startsAt").asString().replace("-", "").replace(":", "").replaceAll("\\.\\d+", "");
        String ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:" + mk.core + "@test\r\nDTSTAMP:20260101T000000Z\r\n"
                + "DTSTART:" + start + "\r\nDURATION:PT1H\r\nSUMMARY:" + mk.of("Name") + " interview\r\nDESCRIPTION:" + mk.of("CalendarNote")
                + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        // The lead may be an interviewer of another test (the whole suite shares one database): a recruiter uploads for them.
        ok(admin().send("POST", "/api/v1/interviewers/" + lead + "/calendar", "text/calendar", ics));
        ok(admin().post("/api/v1/interviews/" + onsite.get("id").asLong() + "/decline",
                Map.of("interviewerId", lead, "reason", mk.of("DeclineReason"))));

        // The onsite closed by the manager, its rounds completed and waived by name, then the final review.
        assertThat(manager.api().post("/api/v1/applications/" + app + "/stages/ONSITE_LOOP/close",
                Map.of("reason", mk.of("StageClosure"))).status()).isEqualTo(204);
        boolean waived = false;
        for (JsonNode round : application(app).get("rounds")) {
            if (!round.get("stage").asString().equals("ONSITE_LOOP") || !round.get("status").asString().equals("OPEN")) continue;
            String path = "/api/v1/applications/" + app + "/rounds/" + round.get("id").asLong();
            ok(waived ? admin().post(path + "/complete", Map.of("reason", mk.of("RoundNote")))
                    : admin().post(path + "/waive", Map.of("reason", mk.of("WaiveReason"))));
            waived = true;
        }
        ok(move(app, "advance", mk.of("ReviewReason")));
        assertThat(committee.api().post("/api/v1/applications/" + app + "/votes", Map.of("vote", "HIRE", "rationale", mk.of("VoteRationale")))
                .status()).isEqualTo(201);
        assertThat(manager.api().post("/api/v1/applications/" + app + "/decision", Map.of("decision", "HIRE", "level", "L5",
                "rationale", mk.of("DecisionRationale"))).status()).isEqualTo(201);

        offer(mk, app, manager);
        Api.Response withdrawn = portal.json("POST", "/api/v1/portal/applications/" + app + "/withdraw",
                JSON.writeValueAsString(Map.of("reason", mk.of("WithdrawReason"))));
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        for (long s : submissions) awaitDone(() -> admin().get("/api/v1/submissions/" + s).json());
        return new Run(mk, candidate, job, app, portal, submissions);
    }

    /** The candidate's live pad: an edit over HTTP (as behind a proxy), a question to the assistant, a paste, a run. */
    private List<Long> livePad(Markers mk, long round, Person interviewer) throws Exception {
        String url = interviewer.api().send("PUT", "/api/v1/interviews/" + round + "/pad", "application/json",
                "{\"problemId\": \"calm-stretch\"}").json().get("url").asString();
        Api pad = Api.anonymous(port);
        String text = pad.get(url + "/state").json().get("text").asString();
        var push = JSON.createObjectNode().put("t", "push").put("v", 1);
        push.putArray("updates").addObject().put("id", "c1").set("c", dev.boucle.pad.PadClient.insert(text.length(), 0,
                "# " + mk.of("PadText") + "\n"));
        ok(pad.send("POST", url + "/send?client=c1", "application/json", push.toString()));
        ok(pad.post(url + "/assistant", Map.of("prompt", mk.of("AssistantPrompt"))));
        assertThat(pad.post(url + "/signals", Map.of("kind", "PASTE", "size", 60, "lines", 1, "preview", mk.of("PastePreview")))
                .status()).isEqualTo(202);
        Api.Response run = pad.post(url + "/runs", Map.of());
        assertThat(run.status()).as(run.body()).isEqualTo(202);
        return List.of(run.json().get("submission").asLong());
    }

    /** An offer above its band refused by the manager, brought into the band, approved, extended, its letter read, declined. */
    private void offer(Markers mk, long app, Person manager) throws Exception {
        Map<String, Object> body = dev.boucle.offers.OfferFixtures.parisOffer("130000");
        @SuppressWarnings("unchecked") Map<String, Object> equity = new HashMap<>((Map<String, Object>) body.get("equity"));
        equity.put("liquidityNote", mk.of("LiquidityNote"));
        body.put("equity", equity);
        Api.Response created = admin().post("/api/v1/applications/" + app + "/offers", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long offer = created.json().get("id").asLong();
        assertThat(transition(offer, "submit", null).get("state").asString()).isEqualTo("PENDING_APPROVAL");
        ok(manager.api().post("/api/v1/offers/" + offer + "/approvals", Map.of("decision", "refuse", "reason", mk.of("RefusalReason"))));
        body.put("base", "95000");
        ok(admin().send("PUT", "/api/v1/offers/" + offer, "application/json", JSON.writeValueAsString(body)));
        assertThat(transition(offer, "submit", null).get("state").asString()).isEqualTo("APPROVED");
        assertThat(transition(offer, "extend", null).get("state").asString()).isEqualTo("EXTENDED");
        assertThat(pdfText("/api/v1/offers/" + offer + "/letter.pdf?lang=en")).contains(mk.of("Name"));
        assertThat(transition(offer, "decline", mk.of("OfferDeclineReason")).get("state").asString()).isEqualTo("DECLINED");
    }

    private JsonNode transition(long offer, String action, String reason) {
        Map<String, Object> body = new HashMap<>(Map.of("action", action));
        if (reason != null) body.put("reason", reason);
        Api.Response r = admin().post("/api/v1/offers/" + offer + "/transitions", body);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    /** A PDF downloaded as the admin, as text (the bytes are checked to be a PDF). */
    String pdfText(String path) throws Exception {
        var r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:" + port + path)).header("Authorization", "Bearer " + ADMIN_TOKEN).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(new String(r.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        try (var doc = org.apache.pdfbox.Loader.loadPDF(r.body())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        }
    }

    /** An interviewer of every onsite round type, working 09:00-18:00 in Paris, at most 8 interviews a week. */
    Person interviewer() {
        Person p = person("INTERVIEWER");
        ok(p.api().send("PUT", "/api/v1/interviewers/" + p.id() + "/profile", "application/json", JSON.writeValueAsString(Map.of(
                "office", "paris", "languages", List.of("en"), "roundTypes", ONSITE, "workStart", "09:00", "workEnd", "18:00",
                "maxPerWeek", 8, "trainee", false))));
        return p;
    }

    /** The staff send the portal link (by mail); a browser opens it and holds the candidate's session. */
    Api opened(long app) {
        Api.Response sent = admin().post("/api/v1/applications/" + app + "/portal-link", Map.of());
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        String url = sent.json().get("url").asString();
        Api browser = Api.visitor(port);
        assertThat(browser.get(url.substring(url.indexOf("/portal/"))).status()).isEqualTo(302);
        return browser;
    }

    long roundOf(long app, String stage) {
        for (JsonNode i : admin().get("/api/v1/applications/" + app + "/interviews").json()) {
            if (i.get("stage").asString().equals(stage)) return i.get("id").asLong();
        }
        throw new AssertionError("no round in " + stage);
    }

    private JsonNode onsiteInterview(long app) {
        for (JsonNode i : admin().get("/api/v1/applications/" + app + "/interviews").json()) {
            if (i.get("stage").asString().equals("ONSITE_LOOP") && !i.get("panel").isEmpty()) return i;
        }
        throw new AssertionError("no booked onsite interview");
    }

    private Map<String, Object> scorecard(String roundType, String evidence, String summary) {
        Map<String, Integer> ratings = new LinkedHashMap<>();
        Map<String, String> texts = new LinkedHashMap<>();
        for (JsonNode rubric : admin().get("/api/v1/rubrics").json()) {
            if (!rubric.get("roundType").asString().equals(roundType)) continue;
            for (JsonNode c : rubric.get("competencies")) {
                ratings.put(c.get("key").asString(), 3);
                texts.put(c.get("key").asString(), evidence + " on " + c.get("key").asString());
            }
        }
        return Map.of("ratings", ratings, "evidence", texts, "recommendation", "YES", "summary", summary);
    }

    /** Waits up to 60 s for a judged submission or attempt. */
    private static void awaitDone(java.util.function.Supplier<JsonNode> read) throws InterruptedException {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        while (!read.get().path("status").asString("").equals("DONE")) {
            if (System.nanoTime() > deadline) throw new AssertionError("not judged in time: " + read.get());
            Thread.sleep(200);
        }
    }

    static Api.Response ok(Api.Response r) {
        assertThat(r.status()).as(r.body()).isBetween(200, 299);
        return r;
    }
}
