package dev.boucle.portal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.Api;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Self-scheduling under load, all through the HTTP API of the whole app on the embedded PostgreSQL. Set-up on 8
 * client threads: {@code bench.interviewers} (300) interviewers over the four offices, 6-12 busy blocks each in the
 * next three weeks (seeded: {@code bench.seed}), and {@code bench.candidates} (50) software-engineer applications at
 * the onsite loop, each with its portal link opened. Measured: {@code GET /api/v1/portal/plans} for each candidate in
 * turn; the baseline, what staff do today (availability, a Timefold solve polled to its end; 5 other applications,
 * not published); all candidates booking their first plan at once, a 409 retrying with the first fresh plan (5 times
 * at most). The bench fails if an interviewer then sits on two overlapping interviews. Run: {@code ./mvnw -B -q -o
 * -pl boucle-app verify -Dtest=PortalPlansBench -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true}; report
 * in {@code target/bench/portal-plans.txt}, figures in docs/benchmarks.md.
 */
// All the clients come from 127.0.0.1: BoucleIntegrationTest lifts the per-address limit (120 a minute) for that reason.
class PortalPlansBench extends PortalTestSupport {

    static final int INTERVIEWERS = Integer.getInteger("bench.interviewers", 300);
    static final int CANDIDATES = Integer.getInteger("bench.candidates", 50);
    static final long SEED = Long.getLong("bench.seed", 13);
    static final int BASELINE = 5, THREADS = 8, RETRIES = 5;
    static final List<String> OFFICES = List.of("paris", "london", "new-york", "san-francisco");
    static final List<ZoneId> ZONES = Stream.of("Europe/Paris", "Europe/London", "America/New_York", "America/Los_Angeles")
            .map(ZoneId::of).toList();
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Value("${boucle.scheduling.solve-limit}")
    String solveLimit;
    final StringBuilder report = new StringBuilder();

    record Candidate(long app, Api client) {}

    /** One candidate's part of the race: the status and latency of each booking request, and how it ended. */
    record Outcome(List<Integer> statuses, String end, List<Double> millis) {}

    @Test
    void plansAndBookings() throws Exception {
        line("portal plans bench, %s: %d cores, %s (%s), JDK %s, load average %s before", Instant.now(),
                Runtime.getRuntime().availableProcessors(), sh("uname -m"), sh("grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"),
                Runtime.version(), sh("cut -d' ' -f1-3 /proc/loadavg"));
        long start = System.nanoTime();
        int blocks = parallel(INTERVIEWERS, this::interviewerWithCalendar).stream().mapToInt(Integer::intValue).sum();
        double interviewers = millisSince(start) / 1000;
        start = System.nanoTime();
        List<Candidate> candidates = parallel(CANDIDATES, i -> {
            long app = atOnsite("Bench " + i + " " + unique("c"));
            return new Candidate(app, opened(sendLink(app)));
        });
        List<Long> baseline = parallel(BASELINE, i -> atOnsite("Baseline " + i + " " + unique("c")));
        line("  set-up (%d client threads): %d interviewers with profiles and %d busy blocks in %.1f s; %d candidates at the "
                + "onsite with links opened, and %d for the baseline, in %.1f s", THREADS, INTERVIEWERS, blocks, interviewers,
                CANDIDATES, BASELINE, millisSince(start) / 1000);
        plansInTurn(candidates);
        baseline(baseline);
        List<String> unexpected = race(candidates);
        List<String> doubles = doubleBookings(candidates.stream().map(Candidate::app).toList());
        line("  double bookings: %d; load average %s after", doubles.size(), sh("cut -d' ' -f1-3 /proc/loadavg"));
        Stream.concat(unexpected.stream(), doubles.stream()).forEach(problem -> line("  %s", problem));
        System.out.println(report);
        Files.writeString(Files.createDirectories(Path.of("target/bench")).resolve("portal-plans.txt"), report);
        assertThat(doubles).as("interviewers on two overlapping interviews").isEmpty();
        assertThat(unexpected).as("booking answers other than 200 and 409").isEmpty();
    }

    /** Interviewer {@code i}: a profile in one of the four offices and a seeded calendar; returns its busy blocks. */
    int interviewerWithCalendar(int i) {
        Random random = new Random(SEED * 1_000_003 + i); // one per interviewer: the threads' order changes no calendar
        ZoneId zone = ZONES.get(i % ZONES.size());
        Person p = person("INTERVIEWER");
        Map<String, Object> profile = Map.of("office", OFFICES.get(i % OFFICES.size()), "zone", zone.getId(),
                "languages", i % 3 == 0 ? List.of("en", "fr") : List.of("en"), "roundTypes", ONSITE,
                "workStart", "09:00", "workEnd", "18:00", "maxPerWeek", 4 + random.nextInt(5), "trainee", false);
        Api.Response saved = p.api().send("PUT", "/api/v1/interviewers/" + p.id() + "/profile", "application/json",
                JSON.writeValueAsString(profile));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        List<LocalDate> days = workingDays(zone, 15); // the next three weeks
        int count = 6 + random.nextInt(7);
        for (int k = 0; k < count; k++) {
            // A meeting of 30 min to 3 h starting on a quarter hour of the working day, local time.
            LocalTime at = LocalTime.of(9, 0).plusMinutes(15L * random.nextInt(32));
            Instant from = days.get(random.nextInt(days.size())).atTime(at).atZone(zone).toInstant();
            Instant to = from.plus(Duration.ofMinutes(30L * (1 + random.nextInt(6))));
            Api.Response block = p.api().post("/api/v1/interviewers/" + p.id() + "/blocks",
                    Map.of("start", from.toString(), "end", to.toString()));
            assertThat(block.status()).as(block.body()).isEqualTo(201);
        }
        return count;
    }

    /** One client, candidates in turn: the wait a candidate has on opening the planning page. */
    void plansInTurn(List<Candidate> candidates) {
        List<Double> millis = new ArrayList<>(), counts = new ArrayList<>();
        for (Candidate c : candidates) {
            long t = System.nanoTime();
            counts.add((double) plans(c.client(), c.app()).size());
            millis.add(millisSince(t));
        }
        line("  plans, one candidate at a time (%d): median %.0f ms, p90 %.0f ms, max %.0f ms; plans each: min %.0f, median %.0f",
                millis.size(), pct(millis, 50), pct(millis, 90), pct(millis, 100), pct(counts, 0), pct(counts, 50));
    }

    /** What staff do today, for each application: availability (15 working days in Paris), a solve, polled to its end. */
    void baseline(List<Long> applications) throws InterruptedException {
        String slots = JSON.writeValueAsString(workingDays(ZONES.getFirst(), 15).stream()
                .map(d -> Map.of("start", d + "T09:00", "end", d + "T18:00")).toList());
        List<Double> millis = new ArrayList<>();
        List<String> placed = new ArrayList<>();
        for (long app : applications) {
            long start = System.nanoTime();
            Api.Response put = admin().send("PUT", "/api/v1/applications/" + app + "/candidate-availability", "application/json",
                    "{\"zone\": \"Europe/Paris\", \"slots\": " + slots + "}");
            assertThat(put.status()).as(put.body()).isEqualTo(200);
            Api.Response started = admin().post("/api/v1/applications/" + app + "/schedule", Map.of("stage", "ONSITE_LOOP"));
            assertThat(started.status()).as(started.body()).isEqualTo(202);
            String path = "/api/v1/schedules/" + started.json().get("id").asLong();
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            JsonNode s = admin().get(path).json();
            while (s.get("status").asString().equals("RUNNING") && System.nanoTime() < deadline) {
                Thread.sleep(50);
                s = admin().get(path).json();
            }
            millis.add(millisSince(start));
            assertThat(s.get("status").asString()).as(s.toString()).isEqualTo("DONE");
            placed.add(s.get("placed").asInt() + "/" + s.get("total").asInt());
        }
        line("  baseline, availability + Timefold solve (limit %s) to its one plan (%d): median %.0f ms, min %.0f, max %.0f "
                + "(rounds placed: %s)", solveLimit, millis.size(), pct(millis, 50), pct(millis, 0), pct(millis, 100),
                String.join(", ", placed));
    }

    /** Every candidate asks for plans, then all book their first on one signal. Returns the answers other than 200 and 409. */
    List<String> race(List<Candidate> candidates) throws Exception {
        CountDownLatch ready = new CountDownLatch(candidates.size()), go = new CountDownLatch(1);
        List<String> firstStarts = Collections.synchronizedList(new ArrayList<>());
        List<Future<Outcome>> futures = new ArrayList<>();
        List<Outcome> outcomes = new ArrayList<>();
        long start;
        try (ExecutorService pool = Executors.newFixedThreadPool(candidates.size())) {
            for (Candidate c : candidates) {
                futures.add(pool.submit(() -> {
                    JsonNode plan = plans(c.client(), c.app()).get(0);
                    firstStarts.add(plan.get("slots").get(0).get("start").asString());
                    String csrf = csrf(c.client()); // before the signal, so what is timed is the booking alone
                    ready.countDown();
                    go.await();
                    return bookUntilDone(c, plan, csrf);
                }));
            }
            ready.await();
            start = System.nanoTime();
            go.countDown();
            for (Future<Outcome> f : futures) outcomes.add(f.get());
        }
        List<Double> millis = outcomes.stream().flatMap(o -> o.millis().stream()).toList();
        Map<Integer, Long> bookedAt = outcomes.stream().filter(o -> o.end().equals("booked"))
                .collect(Collectors.groupingBy(o -> o.statuses().size(), TreeMap::new, Collectors.counting()));
        line("  %d candidates booking their first plan at once (%d distinct first starts): first attempts %d x 200, "
                + "%d x 409; retries %d; %s; booked at attempt n: %s", outcomes.size(), new HashSet<>(firstStarts).size(),
                outcomes.stream().filter(o -> o.statuses().getFirst() == 200).count(),
                outcomes.stream().filter(o -> o.statuses().getFirst() == 409).count(),
                outcomes.stream().mapToInt(o -> o.statuses().size() - 1).sum(),
                outcomes.stream().collect(Collectors.groupingBy(Outcome::end, TreeMap::new, Collectors.counting())), bookedAt);
        line("  booking requests (%d): median %.0f ms, p99 %.0f ms, max %.0f ms; wall time from the signal to the last answer %.1f s",
                millis.size(), pct(millis, 50), pct(millis, 99), pct(millis, 100), millisSince(start) / 1000);
        return outcomes.stream().map(Outcome::end).filter(end -> end.startsWith("other")).toList();
    }

    /** Books the plan; on a 409, the first of the fresh plans it came with, up to {@link #RETRIES} times. */
    Outcome bookUntilDone(Candidate c, JsonNode plan, String csrf) throws Exception {
        List<Double> millis = new ArrayList<>();
        List<Integer> statuses = new ArrayList<>();
        for (int attempt = 0; ; attempt++) {
            long t = System.nanoTime();
            Api.Response r = book(c.client(), plan.get("planId").asString(), csrf);
            millis.add(millisSince(t));
            statuses.add(r.status());
            if (r.status() == 200) return new Outcome(statuses, "booked", millis);
            if (r.status() != 409) return new Outcome(statuses, "other answer, application " + c.app() + ": " + r.body(), millis);
            JsonNode fresh = r.json().path("plans");
            if (fresh.isEmpty()) return new Outcome(statuses, "no plan left", millis);
            if (attempt == RETRIES) return new Outcome(statuses, "not booked after " + RETRIES + " retries", millis);
            plan = fresh.get(0);
        }
    }

    /** The booking as the portal's script sends it, with the session's CSRF token; a long timeout, as bookings queue on one lock. */
    Api.Response book(Api candidate, String planId, String csrf) throws Exception {
        URI uri = URI.create("http://localhost:" + port + "/api/v1/portal/plans/" + planId + "/book");
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(120)).header("Content-Type", "application/json").header("X-CSRF-TOKEN", csrf)
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build();
        HttpResponse<String> r = candidate.client().send(request, HttpResponse.BodyHandlers.ofString());
        return new Api.Response(r.statusCode(), r.headers(), r.body());
    }

    static String csrf(Api session) {
        var m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(session.get("/login").body());
        if (!m.find()) throw new IllegalStateException("no CSRF token on /login");
        return m.group(1).replace("&#45;", "-").replace("&#61;", "=").replace("&#95;", "_");
    }

    /** Every interview, across these applications, that seats someone already on an overlapping one. */
    List<String> doubleBookings(List<Long> applications) {
        record Sitting(long person, long round, Instant start, Instant end) {}
        List<Sitting> sittings = new ArrayList<>();
        for (long app : applications) {
            for (JsonNode i : admin().get("/api/v1/applications/" + app + "/interviews").json()) {
                if (i.get("startsAt").isNull()) continue;
                Instant from = Instant.parse(i.get("startsAt").asString()), to = from.plusSeconds(60 * i.get("minutes").asLong());
                for (JsonNode p : i.get("panel")) sittings.add(new Sitting(p.get("id").asLong(), i.get("id").asLong(), from, to));
            }
        }
        // By person, then start: a sitting overlaps an earlier one if it starts before the latest end seen so far.
        sittings.sort(Comparator.comparingLong(Sitting::person).thenComparing(Sitting::start));
        List<String> found = new ArrayList<>();
        Sitting latest = null;
        for (Sitting s : sittings) {
            boolean same = latest != null && latest.person() == s.person();
            if (same && s.start().isBefore(latest.end())) found.add("double booking: " + latest + " and " + s);
            if (!same || s.end().isAfter(latest.end())) latest = s;
        }
        return found;
    }

    /** The next {@code count} weekdays from tomorrow, in the zone. */
    static List<LocalDate> workingDays(ZoneId zone, int count) {
        return Stream.iterate(LocalDate.now(zone).plusDays(1), d -> d.plusDays(1))
                .filter(d -> d.getDayOfWeek().getValue() <= 5).limit(count).toList(); // Monday to Friday
    }

    /** Runs {@code task(0..n-1)} on the set-up's client threads; the first failure fails the bench. */
    static <T> List<T> parallel(int n, IntFunction<T> task) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(THREADS)) {
            List<Callable<T>> calls = IntStream.range(0, n).<Callable<T>>mapToObj(k -> () -> task.apply(k)).toList();
            List<T> results = new ArrayList<>();
            for (Future<T> f : pool.invokeAll(calls)) results.add(f.get());
            return results;
        }
    }

    void line(String format, Object... args) {
        report.append(String.format(Locale.ROOT, format, args)).append('\n');
    }

    static double millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1e6;
    }

    /** The p-th percentile (0: the minimum, 100: the maximum). */
    static double pct(List<Double> values, int p) {
        List<Double> sorted = values.stream().sorted().toList();
        if (sorted.isEmpty()) return Double.NaN;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)));
    }

    static String sh(String command) throws java.io.IOException {
        return new String(new ProcessBuilder("sh", "-c", command).start().getInputStream().readAllBytes()).strip();
    }
}
