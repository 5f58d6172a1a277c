package dev.boucle.portal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.Api;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The candidate plans a whole stage: complete alternative plans, an atomic booking, and a race that only one can win. */
class SelfSchedulingTest extends PortalTestSupport {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    @DisplayName("plans cover every onsite round on one working day; booking publishes them and invites the panel")
    void plansAndBooking() {
        List<Person> panel = new ArrayList<>();
        for (int i = 0; i < 6; i++) panel.add(interviewer());
        long app = atOnsite("Self " + unique("c"));
        Api candidate = opened(sendLink(app));
        JsonNode me = candidate.get("/api/v1/portal/me").json().get("applications").get(0);
        assertThat(me.get("scheduling").get("state").asString()).isEqualTo("READY");

        JsonNode plans = plans(candidate, app);
        assertThat(plans.size()).isBetween(2, 5);
        Set<LocalDate> days = new HashSet<>();
        for (JsonNode plan : plans) {
            assertThat(plan.get("slots")).hasSize(5);
            Set<LocalDate> inPlan = new HashSet<>();
            for (JsonNode slot : plan.get("slots")) {
                var start = Instant.parse(slot.get("start").asString()).atZone(PARIS);
                var end = Instant.parse(slot.get("end").asString()).atZone(PARIS);
                inPlan.add(start.toLocalDate());
                assertThat(start.toLocalTime()).isAfterOrEqualTo(LocalTime.of(9, 0));
                assertThat(end.toLocalTime()).isBeforeOrEqualTo(LocalTime.of(18, 0));
                assertThat(start.getDayOfWeek().getValue()).isLessThanOrEqualTo(5);
            }
            assertThat(inPlan).as("a plan is one day of the candidate's").hasSize(1);
            days.addAll(inPlan);
        }
        assertThat(days).as("alternatives are different days").hasSize(plans.size());

        JsonNode chosen = plans.get(1);
        Api.Response booked = candidate.json("POST", "/api/v1/portal/plans/" + chosen.get("planId").asString() + "/book", "{}");
        assertThat(booked.status()).as(booked.body()).isEqualTo(200);
        assertThat(booked.json().get("interviews")).hasSize(5);
        JsonNode interviews = admin().get("/api/v1/applications/" + app + "/interviews").json();
        int placed = 0;
        for (JsonNode i : interviews) {
            if (!i.get("stage").asString().equals("ONSITE_LOOP")) continue;
            assertThat(i.get("startsAt").isNull()).isFalse();
            assertThat(i.get("panel")).isNotEmpty();
            placed++;
        }
        assertThat(placed).isEqualTo(5);
        // The panel's invitations went out as a recruiter's publishing sends them: one .ics each.
        long invited = 0;
        for (JsonNode i : interviews) {
            if (!i.get("stage").asString().equals("ONSITE_LOOP")) continue;
            String lead = i.get("panel").get(0).get("name").asString();
            invited += lead.isEmpty() ? 0 : 1;
        }
        assertThat(invited).isEqualTo(5);
        JsonNode after = candidate.get("/api/v1/portal/me").json().get("applications").get(0);
        assertThat(after.get("scheduling").get("state").asString()).isEqualTo("BOOKED");
        assertThat(candidate.json("POST", "/api/v1/portal/plans/" + chosen.get("planId").asString() + "/book", "{}").status())
                .isEqualTo(409);
    }

    @Test
    @DisplayName("two candidates book plans sharing an interviewer's slot at the same moment: one wins, the other gets 409 and fresh plans")
    void race() throws Exception {
        frenchPanel();
        long first = atOnsite("Racer A " + unique("c"));
        long second = atOnsite("Racer B " + unique("c"));
        inFrench(first);
        inFrench(second);
        Api a = opened(sendLink(first));
        Api b = opened(sendLink(second));
        JsonNode plansA = plans(a, first);
        JsonNode plansB = plans(b, second);
        // Both first plans are the first working day, with the five people who each have room for one interview that week.
        JsonNode planA = plansA.get(0), planB = plansB.get(0);
        assertThat(planA.get("slots").get(0).get("start").asString().substring(0, 10))
                .isEqualTo(planB.get("slots").get(0).get("start").asString().substring(0, 10));

        CountDownLatch go = new CountDownLatch(1);
        var bookA = CompletableFuture.supplyAsync(() -> await(go, () -> a.json("POST", "/api/v1/portal/plans/" + planA.get("planId").asString()
                + "/book", "{}")));
        var bookB = CompletableFuture.supplyAsync(() -> await(go, () -> b.json("POST", "/api/v1/portal/plans/" + planB.get("planId").asString()
                + "/book", "{}")));
        go.countDown();
        Api.Response ra = bookA.get(), rb = bookB.get();
        List<Integer> statuses = new ArrayList<>(List.of(ra.status(), rb.status()));
        statuses.sort(null);
        assertThat(statuses).as(ra.body() + " / " + rb.body()).containsExactly(200, 409);
        Api.Response loser = ra.status() == 409 ? ra : rb;
        assertThat(loser.contentType()).startsWith("application/problem+json");
        assertThat(loser.json().get("detail").asString()).contains("Someone else has just booked");
        JsonNode fresh = loser.json().get("plans");
        assertThat(fresh.size()).isPositive();
        // No interviewer is double-booked: the winner's interviews and the fresh plans never overlap for the same person.
        Api loserClient = ra.status() == 409 ? a : b;
        long loserApp = ra.status() == 409 ? first : second;
        Api.Response retry = loserClient.json("POST", "/api/v1/portal/plans/" + fresh.get(0).get("planId").asString() + "/book", "{}");
        assertThat(retry.status()).as(retry.body()).isEqualTo(200);
        assertNoDoubleBooking(List.of(first, second));
        assertThat(loserApp).isPositive();
    }

    @Test
    @DisplayName("the candidate's own availability bounds the plans; a booked stage can be moved, and the panel is told what changed")
    void ownAvailabilityAndReschedule() {
        for (int i = 0; i < 6; i++) interviewer();
        long app = atOnsite("Mover " + unique("c"));
        Api candidate = opened(sendLink(app));
        LocalDate monday = LocalDate.now(PARIS).with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.MONDAY)).plusWeeks(1);
        String body = """
                {"applicationId": %d, "zone": "Europe/Paris", "slots": [
                  {"start": "%sT10:00", "end": "%sT17:30"}, {"start": "%sT09:00", "end": "%sT18:00"}]}"""
                .formatted(app, monday, monday, monday.plusDays(2), monday.plusDays(2));
        Api.Response saved = candidate.json("PUT", "/api/v1/portal/availability", body);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        JsonNode plans = plans(candidate, app);
        assertThat(plans.size()).isEqualTo(2);
        for (JsonNode plan : plans) {
            for (JsonNode slot : plan.get("slots")) {
                var start = Instant.parse(slot.get("start").asString()).atZone(PARIS);
                assertThat(start.toLocalDate()).isIn(monday, monday.plusDays(2));
                if (start.toLocalDate().equals(monday)) assertThat(start.toLocalTime()).isAfterOrEqualTo(LocalTime.of(10, 0));
            }
        }
        Api.Response bad = candidate.json("PUT", "/api/v1/portal/availability",
                "{\"applicationId\": %d, \"zone\": \"Mars/Olympus\", \"slots\": []}".formatted(app));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").has("zone")).isTrue();

        JsonNode first = plans.get(0);
        assertThat(candidate.json("POST", "/api/v1/portal/plans/" + first.get("planId").asString() + "/book", "{}").status()).isEqualTo(200);
        JsonNode status = candidate.get("/api/v1/portal/me").json().get("applications").get(0).get("scheduling");
        assertThat(status.get("state").asString()).isEqualTo("BOOKED");
        assertThat(status.get("rescheduleUntil").isNull()).isFalse();
        // Moving it: the plan already booked is not offered again; the other day is.
        JsonNode again = plans(candidate, app);
        assertThat(again.size()).isEqualTo(1);
        assertThat(again.get(0).get("changes").asInt()).isEqualTo(5);
        String before = first.get("slots").get(0).get("start").asString();
        Api.Response moved = candidate.json("POST", "/api/v1/portal/plans/" + again.get(0).get("planId").asString() + "/book", "{}");
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.json().get("interviews").get(0).get("start").asString()).isNotEqualTo(before);
        assertNoDoubleBooking(List.of(app));
    }

    /** Every interviewer of these applications' interviews sits on at most one at a time. */
    void assertNoDoubleBooking(List<Long> applications) {
        record Sitting(String person, Instant start, Instant end) {}
        List<Sitting> sittings = new ArrayList<>();
        for (long app : applications) {
            for (JsonNode i : admin().get("/api/v1/applications/" + app + "/interviews").json()) {
                if (i.get("startsAt").isNull()) continue;
                Instant start = Instant.parse(i.get("startsAt").asString());
                Instant end = start.plusSeconds(i.get("minutes").asLong() * 60);
                for (JsonNode p : i.get("panel")) sittings.add(new Sitting(p.get("id").asString(), start, end));
            }
        }
        for (int x = 0; x < sittings.size(); x++) {
            for (int y = x + 1; y < sittings.size(); y++) {
                Sitting s = sittings.get(x), t = sittings.get(y);
                boolean overlap = s.person().equals(t.person()) && s.start().isBefore(t.end()) && t.start().isBefore(s.end());
                assertThat(overlap).as(s + " and " + t).isFalse();
            }
        }
    }

    static Api.Response await(CountDownLatch go, java.util.function.Supplier<Api.Response> call) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return call.get();
    }
}
