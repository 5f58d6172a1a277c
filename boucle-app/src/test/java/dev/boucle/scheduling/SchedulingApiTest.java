package dev.boucle.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.boucle.Api;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Profiles, calendars, planning, publishing with .ics invitations and re-planning, through the API with real e-mail. */
class SchedulingApiTest extends SchedulingTestSupport {

    /** The calendar attached to an e-mail, parsed back with ical4j, with the part's content type. */
    record Attached(String contentType, Calendar calendar) {
        String method() {
            return calendar.getProperty(Property.METHOD).map(p -> p.getValue()).orElse("");
        }

        VEvent event() {
            return (VEvent) calendar.getComponents(Component.VEVENT).getFirst();
        }

        String uid() {
            return event().getUid().orElseThrow().getValue();
        }

        int sequence() {
            return event().<net.fortuna.ical4j.model.property.Sequence>getProperty(Property.SEQUENCE).map(s -> s.getSequenceNo()).orElse(0);
        }

        Instant start() {
            return CalendarReader.instant(event().getStartDate().orElseThrow().getDate(), ZoneId.of("UTC"));
        }
    }

    static List<Attached> invitations(List<MimeMessage> messages) throws Exception {
        List<Attached> found = new ArrayList<>();
        for (MimeMessage m : messages) {
            if (!(m.getContent() instanceof Multipart multipart)) continue;
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (!part.getContentType().toLowerCase().startsWith("text/calendar")) continue;
                try (InputStream in = part.getInputStream()) {
                    found.add(new Attached(part.getContentType(), new CalendarBuilder().build(new ByteArrayInputStream(in.readAllBytes()))));
                }
            }
        }
        return found;
    }

    /** The first calendar e-mailed to {@code email} that matches, waiting up to 10 s for the outbox. */
    static Attached waitFor(String email, java.util.function.Predicate<Attached> wanted) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        do {
            for (Attached a : invitations(mailTo(email, 0))) if (wanted.test(a)) return a;
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("no matching invitation to " + email);
    }

    @Test
    @DisplayName("a round that cannot be placed comes with the rule that stops it, in the plan's JSON and on the plan page")
    void unplacedRoundsSayWhy() throws Exception {
        for (int i = 0; i < 3; i++) interviewer(ONSITE);
        long app = atOnsite();
        // Half an hour of availability: no onsite round fits in it, whoever is free.
        LocalDate monday = LocalDate.now(ZoneId.of("Europe/Paris")).with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(1);
        assertThat(admin().send("PUT", "/api/v1/applications/" + app + "/candidate-availability", "application/json",
                "{\"zone\": \"Europe/Paris\", \"slots\": [{\"start\": \"" + monday + "T09:00\", \"end\": \"" + monday + "T09:30\"}]}")
                .status()).isEqualTo(200);
        Api.Response started = admin().post("/api/v1/applications/" + app + "/schedule", Map.of("stage", "ONSITE_LOOP"));
        assertThat(started.status()).isEqualTo(202);
        long id = started.json().get("id").asLong();
        JsonNode plan = waitForPlan(id).get("plan");
        assertThat(plan.get("slots")).isEmpty();
        assertThat(plan.get("unplaced")).hasSize(ONSITE.size());
        assertThat(plan.get("why")).hasSize(ONSITE.size());
        List<Long> unplaced = new ArrayList<>();
        plan.get("unplaced").forEach(u -> unplaced.add(u.asLong()));
        for (JsonNode why : plan.get("why")) {
            assertThat(why.get("reason").asString()).isEqualTo("NO_WINDOW");
            assertThat(unplaced).contains(why.get("roundId").asLong());
            assertThat(why.get("detail").asString()).contains("minutes");
        }
        assertThat(plan.get("spread")).isEmpty();
        Api page = Api.session(port, person("RECRUITER").email(), PASSWORD);
        assertThat(page.get("/schedules/" + id + "/progress").body()).contains("unplaced-reasons")
                .contains("availability holds no stretch long enough for this round");
    }

    @Test
    @DisplayName("a profile with a bad zone, an unknown round type and hours out of order is refused field by field; another interviewer cannot edit it")
    void profileValidation() {
        Person p = person("INTERVIEWER");
        Map<String, Object> bad = profile("paris", List.of("NOT_A_ROUND"));
        bad.put("office", "");
        bad.put("zone", "Mars/Olympus");
        bad.put("workStart", "18:00");
        bad.put("workEnd", "09:00");
        Api.Response refused = putProfile(p.api(), p.id(), bad);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("errors").propertyNames()).contains("zone", "roundTypes", "workEnd");
        assertThat(p.api().get("/api/v1/interviewers/" + p.id() + "/profile").json().get("configured").asBoolean()).isFalse();

        Person other = person("INTERVIEWER");
        assertThat(putProfile(other.api(), p.id(), profile("paris", List.of("BEHAVIORAL"))).status()).isEqualTo(403);
        Api.Response saved = putProfile(p.api(), p.id(), profile("london", List.of("BEHAVIORAL")));
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.json().get("zone").asString()).isEqualTo("Europe/London"); // from the office
    }

    @Test
    @DisplayName("an uploaded calendar replaces the busy times; a malformed one is a 400 naming the calendar and changes nothing")
    void calendarUpload() {
        Person p = interviewer(List.of("BEHAVIORAL"));
        LocalDate monday = LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        String ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nBEGIN:VEVENT\r\nUID:u1@t\r\nDTSTAMP:20260101T000000Z\r\n"
                + "DTSTART;TZID=Europe/Paris:" + monday.toString().replace("-", "") + "T100000\r\nDURATION:PT1H\r\n"
                + "RRULE:FREQ=DAILY;COUNT=3\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        Api.Response ok = p.api().send("POST", "/api/v1/interviewers/" + p.id() + "/calendar", "text/calendar", ics);
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.json().get("busyTimes").asInt()).isEqualTo(3);

        Api.Response bad = p.api().send("POST", "/api/v1/interviewers/" + p.id() + "/calendar", "text/calendar",
                "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:yesterday\r\n");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.json().get("errors").has("calendar")).isTrue();
        assertThat(Api.session(port, p.email(), PASSWORD).get("/interviewers/" + p.id() + "/profile").body())
                .contains("from the imported file"); // the three busy times are still there
    }

    @Test
    @DisplayName("a calendar feed is read from its server at once, and a failing feed is reported without losing what was read")
    void calendarFeed() throws Exception {
        Person p = interviewer(List.of("BEHAVIORAL"));
        AtomicInteger status = new AtomicInteger(200);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/feed", exchange -> {
            byte[] body = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nBEGIN:VFREEBUSY\r\nUID:f@t\r\nDTSTAMP:20260101T000000Z\r\n"
                    + "FREEBUSY:" + stamp(Instant.now().plus(Duration.ofDays(3))) + "/PT2H\r\nEND:VFREEBUSY\r\nEND:VCALENDAR\r\n")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/calendar");
            exchange.sendResponseHeaders(status.get(), body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/feed?token=very-secret";
            Api.Response read = p.api().send("PUT", "/api/v1/interviewers/" + p.id() + "/calendar-feed", "application/json",
                    "{\"url\": \"" + url + "\"}");
            assertThat(read.status()).isEqualTo(200);
            assertThat(read.json().get("busyTimes").asInt()).isEqualTo(1);
            JsonNode shown = p.api().get("/api/v1/interviewers/" + p.id() + "/profile").json();
            assertThat(shown.get("feed").asString()).doesNotContain("very-secret");

            status.set(500);
            Api.Response failed = p.api().send("PUT", "/api/v1/interviewers/" + p.id() + "/calendar-feed", "application/json",
                    "{\"url\": \"" + url + "\"}");
            assertThat(failed.status()).isEqualTo(400);
            assertThat(failed.json().get("detail").asString()).contains("500");
        } finally {
            server.stop(0);
        }
    }

    @Test
    @DisplayName("a trusted feed server redirecting to a private or loopback address is refused, and so is a private feed named directly")
    void redirectToPrivateRefused() throws Exception {
        Person p = interviewer(List.of("BEHAVIORAL"));
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        AtomicInteger served = new AtomicInteger();
        server.createContext("/feed", exchange -> {
            served.incrementAndGet();
            // localhost is 127.0.0.1 too, but not a trusted host: the redirect target is checked on its own.
            exchange.getResponseHeaders().add("Location", exchange.getRequestURI().getQuery().replace("to=", ""));
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/feed?to=";
            for (String target : List.of("http://169.254.169.254/latest/meta-data", "https://10.0.0.1/cal.ics",
                    "http://localhost:" + server.getAddress().getPort() + "/feed")) {
                Api.Response r = p.api().send("PUT", "/api/v1/interviewers/" + p.id() + "/calendar-feed", "application/json",
                        "{\"url\": \"" + base + target + "\"}");
                assertThat(r.status()).as(target).isEqualTo(400);
                assertThat(r.json().get("errors").get("url")).as(target).isNotNull();
            }
            assertThat(served.get()).isEqualTo(3);
            for (String direct : List.of("https://10.0.0.1/cal.ics", "https://100.64.1.1/cal.ics", "http://192.168.1.1/cal.ics")) {
                Api.Response r = p.api().send("PUT", "/api/v1/interviewers/" + p.id() + "/calendar-feed", "application/json",
                        "{\"url\": \"" + direct + "\"}");
                assertThat(r.status()).as(direct).isEqualTo(400);
            }
            assertThat(served.get()).isEqualTo(3);
        } finally {
            server.stop(0);
        }
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    @DisplayName("a recruiter marks an interviewer away; with nothing published in that time nothing moves, and it is recorded")
    void awayWithNothingToMove() {
        Person p = interviewer(List.of("BEHAVIORAL"));
        Api.Response away = admin().post("/api/v1/interviewers/" + p.id() + "/unavailable",
                Map.of("from", "2030-02-01T00:00:00Z", "to", "2030-02-02T00:00:00Z", "reason", "leave"));
        assertThat(away.status()).as(away.body()).isEqualTo(200);
        assertThat(away.json().get("moved").asInt()).isZero();
        assertThat(jdbc.sql("select count(*) from declines where user_id = ? and round_id is null").param(p.id())
                .query(Long.class).single()).isEqualTo(1);
    }

    static String stamp(Instant t) {
        return t.truncatedTo(java.time.temporal.ChronoUnit.HOURS).toString().replace("-", "").replace(":", "");
    }

    @Test
    @DisplayName("plan this loop, publish: every interviewer and the candidate get a REQUEST .ics; a decline moves only that round, with a CANCEL and the next SEQUENCE")
    void planPublishDecline() throws Exception {
        List<Person> panel = new ArrayList<>();
        for (int i = 0; i < 7; i++) panel.add(interviewer(ONSITE));
        long app = atOnsite();
        // Who ran the phone screen already met the candidate: never proposed for the onsite.
        Person met = panel.getFirst();
        long phoneRound = 0;
        for (JsonNode r : application(app).get("rounds")) if (r.get("stage").asString().equals("PHONE_SCREEN")) phoneRound = r.get("id").asLong();
        assertThat(admin().send("PUT", "/api/v1/interviews/" + phoneRound, "application/json",
                "{\"interviewers\": [" + met.id() + "]}").status()).isEqualTo(200);

        LocalDate monday = LocalDate.now(ZoneId.of("Europe/Paris")).with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(1);
        String slots = "[" + String.join(",", List.of(0, 1, 2).stream().map(d -> "{\"start\": \"" + monday.plusDays(d) + "T09:00\", \"end\": \""
                + monday.plusDays(d) + "T18:00\"}").toList()) + "]";
        assertThat(admin().send("PUT", "/api/v1/applications/" + app + "/candidate-availability", "application/json",
                "{\"zone\": \"Europe/Paris\", \"slots\": " + slots + "}").status()).isEqualTo(200);

        Api.Response started = admin().post("/api/v1/applications/" + app + "/schedule", Map.of("stage", "ONSITE_LOOP"));
        assertThat(started.status()).isEqualTo(202);
        assertThat(admin().post("/api/v1/applications/" + app + "/schedule", Map.of()).status()).isIn(202, 409);
        JsonNode plan = waitForPlan(started.json().get("id").asLong());
        assertThat(plan.get("status").asString()).isEqualTo("DONE");
        JsonNode chosen = plan.get("plan");
        assertThat(chosen.get("hard").asLong()).isZero();
        assertThat(chosen.get("slots")).hasSize(ONSITE.size());
        for (JsonNode slot : chosen.get("slots")) assertThat(slot.get("interviewerId").asLong()).isNotEqualTo(met.id());

        // A newer run exists if the second POST was accepted; publish the latest.
        long latest = started.json().get("id").asLong();
        JsonNode again = admin().post("/api/v1/applications/" + app + "/schedule", Map.of()).json();
        if (again.has("id")) {
            latest = again.get("id").asLong();
            chosen = waitForPlan(latest).get("plan");
        }
        // The plan page shows the proposal in the candidate's and each interviewer's zone, without polling once done.
        Person recruiter = person("RECRUITER");
        Api page = Api.session(port, recruiter.email(), PASSWORD);
        String fragment = page.get("/schedules/" + latest + "/progress").body();
        assertThat(fragment).contains("data-status=\"DONE\"").contains("Europe/Paris").contains("resolve-form")
                .contains("publish-form").doesNotContain("hx-trigger");
        assertThat(page.get("/applications/" + app + "/schedule").body()).contains("schedule-progress");

        Api.Response published = admin().post("/api/v1/schedules/" + latest + "/publish", Map.of());
        assertThat(published.status()).isEqualTo(200);
        assertThat(published.json().get("moved").asInt()).isZero();

        Map<Long, String> emails = new HashMap<>();
        for (var u : admin().get("/api/v1/users").json()) emails.put(u.get("id").asLong(), u.get("email").asString());
        String candidateEmail = admin().get("/api/v1/candidates/" + application(app).get("candidateId").asLong()).json()
                .get("candidate").get("email").asString();
        Map<Long, Attached> byRound = new HashMap<>();
        for (JsonNode slot : chosen.get("slots")) {
            String lead = emails.get(slot.get("interviewerId").asLong());
            Instant start = Instant.parse(slot.get("start").asString());
            Attached invite = waitFor(lead, a -> a.start().equals(start));
            assertThat(invite.method()).isEqualTo("REQUEST");
            assertThat(invite.contentType()).contains("method=REQUEST");
            assertThat(invite.sequence()).isZero();
            byRound.put(slot.get("roundId").asLong(), invite);
        }
        for (Attached invite : byRound.values()) waitFor(candidateEmail, a -> a.uid().equals(invite.uid()));
        List<Attached> candidateInvites = invitations(mailTo(candidateEmail, 0));
        assertThat(candidateInvites).hasSize(ONSITE.size()).allSatisfy(a -> assertThat(a.method()).isEqualTo("REQUEST"));
        assertThat(candidateInvites).extracting(Attached::uid)
                .containsExactlyInAnyOrderElementsOf(byRound.values().stream().map(Attached::uid).toList());

        // The first round's lead falls ill: only that round moves.
        JsonNode first = chosen.get("slots").get(0);
        long round = first.get("roundId").asLong();
        long ill = first.get("interviewerId").asLong();
        int mailsBefore = MAIL.getReceivedMessages().length;
        Api.Response declined = admin().post("/api/v1/interviews/" + round + "/decline", Map.of("interviewerId", ill, "reason", "ill"));
        assertThat(declined.status()).isEqualTo(200);
        assertThat(declined.json().get("moved").asInt()).isEqualTo(1);

        Attached cancel = waitFor(emails.get(ill), a -> a.method().equals("CANCEL"));
        assertThat(cancel.uid()).isEqualTo(byRound.get(round).uid());
        assertThat(cancel.sequence()).isEqualTo(1);
        assertThat(cancel.contentType()).contains("method=CANCEL");

        JsonNode interviews = admin().get("/api/v1/applications/" + app + "/interviews").json();
        for (JsonNode i : interviews) {
            if (!i.get("stage").asString().equals("ONSITE_LOOP")) continue;
            long id = i.get("id").asLong();
            JsonNode was = null;
            for (JsonNode s : chosen.get("slots")) if (s.get("roundId").asLong() == id) was = s;
            if (id == round) {
                assertThat(i.get("panel")).noneSatisfy(p -> assertThat(p.get("id").asLong()).isEqualTo(ill));
                long replacement = i.get("panel").get(0).get("id").asLong();
                Attached update = waitFor(emails.get(replacement), a -> a.uid().equals(byRound.get(round).uid()) && a.sequence() == 1);
                assertThat(update.method()).isEqualTo("REQUEST");
                assertThat(update.sequence()).isEqualTo(1);
            } else {
                assertThat(i.get("startsAt").asString()).isEqualTo(Instant.parse(was.get("start").asString()).toString());
                assertThat(i.get("panel").get(0).get("id").asLong()).isEqualTo(was.get("interviewerId").asLong());
            }
        }
        assertThat(MAIL.getReceivedMessages().length).isGreaterThan(mailsBefore);
    }
}
