// Fills the load benchmark through Boucle's HTTP API, with concurrent clients, and measures the
// write rate; then, for reference, the same number of plain commits from as many JDBC clients.
// Run with the source launcher (JDK 21+), the PostgreSQL driver on the class path:
//   java -cp postgresql.jar bench/Fill.java BASE_URL TOKEN JDBC_URL [clients] [applications]
// Prints "bench_job_id=N" and one "WRITES ..." line per phase, for bench/load.sh.

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class Fill {

    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    static final Pattern IDS = Pattern.compile("\"ids\"\\s*:\\s*\\[([0-9,\\s]*)\\]");
    static String base, token;
    static HttpClient http;
    static final Map<Integer, AtomicInteger> STATUSES = new ConcurrentHashMap<>();

    public static void main(String[] args) throws Exception {
        base = args[0];
        token = args[1];
        String jdbcUrl = args[2];
        int clients = args.length > 3 ? Integer.parseInt(args[3]) : 16;
        int applications = args.length > 4 ? Integer.parseInt(args[4]) : 10_000;
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newVirtualThreadPerTaskExecutor()).build();

        long bench = job("Benchmark Senior Software Engineer", "software-engineer");
        System.out.println("bench_job_id=" + bench);
        // The benchmark job: each application applied, advanced twice, held and resumed (5 events).
        phase("api-bench-job", clients, applications, bench, new String[] {"advance", "advance", "hold", "resume"});
        // Four other jobs, so that the job filter of every query matters: applied and advanced once.
        for (int j = 0; j < 4; j++) {
            long other = job("Benchmark other job " + (j + 1), j % 2 == 0 ? "research-engineer" : "software-engineer");
            phase("api-other-job", clients, applications * 3 / 20, other, new String[] {"advance"});
        }
        baseline(jdbcUrl, clients, applications, 2);
        System.out.println("STATUSES " + STATUSES);
    }

    /** Creates the candidates by CSV (1,000 a file), then applies and moves them with the clients. */
    static void phase(String name, int clients, int n, long job, String[] moves) throws Exception {
        List<Long> candidates = new ArrayList<>();
        for (int from = 0; from < n; from += 1000) {
            StringBuilder csv = new StringBuilder("name,email\n");
            for (int i = from; i < Math.min(n, from + 1000); i++) {
                csv.append("Bench ").append(job).append('-').append(i).append(",bench-").append(job).append('-').append(i)
                        .append("@example.com\n");
            }
            String body = send("POST", "/api/v1/candidates/import", "text/csv", csv.toString(), 201);
            Matcher m = IDS.matcher(body);
            if (!m.find()) throw new IllegalStateException("no ids in " + body);
            for (String id : m.group(1).split(",")) candidates.add(Long.parseLong(id.strip()));
        }
        AtomicInteger next = new AtomicInteger();
        AtomicLong requests = new AtomicLong();
        long t0 = System.nanoTime();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                running.add(pool.submit(() -> {
                    for (int i; (i = next.getAndIncrement()) < candidates.size(); ) {
                        String created = send("POST", "/api/v1/applications", "application/json",
                                "{\"candidateId\":" + candidates.get(i) + ",\"jobId\":" + job + "}", 201);
                        Matcher m = ID.matcher(created);
                        m.find();
                        long app = Long.parseLong(m.group(1));
                        requests.incrementAndGet();
                        for (String move : moves) {
                            send("POST", "/api/v1/applications/" + app + "/transitions", "application/json",
                                    "{\"action\":\"" + move + "\"}", 200);
                            requests.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) f.get();
        }
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf("WRITES phase=%s clients=%d applications=%d requests=%d seconds=%.2f apps_per_s=%.1f requests_per_s=%.1f%n",
                name, clients, candidates.size(), requests.get(), s, candidates.size() / s, requests.get() / s);
    }

    /**
     * The reference: as many JDBC clients, each application one INSERT and then, per move, one
     * UPDATE of a plain table without triggers, each statement its own commit, like the API's.
     */
    static void baseline(String url, int clients, int n, int moves) throws Exception {
        try (Connection c = DriverManager.getConnection(url)) {
            c.createStatement().execute("drop table if exists bench_plain");
            c.createStatement().execute("create table bench_plain (id bigint generated always as identity primary key,"
                    + " job_id bigint not null, stage text not null, status text not null, updated_at timestamptz not null)");
        }
        AtomicInteger next = new AtomicInteger();
        long t0 = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            List<Future<?>> running = new ArrayList<>();
            for (int k = 0; k < clients; k++) {
                running.add(pool.submit(() -> {
                    try (Connection c = DriverManager.getConnection(url);
                         PreparedStatement insert = c.prepareStatement(
                                 "insert into bench_plain (job_id, stage, status, updated_at) values (1, 'RECRUITER_SCREEN', 'ACTIVE', now()) returning id");
                         PreparedStatement update = c.prepareStatement(
                                 "update bench_plain set stage = 'HIRING_MANAGER', updated_at = now() where id = ?")) {
                        while (next.getAndIncrement() < n) {
                            long id;
                            try (ResultSet rs = insert.executeQuery()) {
                                rs.next();
                                id = rs.getLong(1);
                            }
                            for (int m = 0; m < moves; m++) {
                                update.setLong(1, id);
                                update.executeUpdate();
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) f.get();
        }
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf("WRITES phase=jdbc-baseline clients=%d applications=%d requests=%d seconds=%.2f apps_per_s=%.1f requests_per_s=%.1f%n",
                clients, n, (long) n * (1 + moves), s, n / s, n * (1 + moves) / s);
        try (Connection c = DriverManager.getConnection(url)) {
            c.createStatement().execute("drop table bench_plain");
        }
    }

    static long job(String title, String track) throws Exception {
        String body = send("POST", "/api/v1/jobs", "application/json", "{\"title\":\"" + title + "\",\"track\":\"" + track
                + "\",\"level\":\"L5\",\"office\":\"paris\"}", 201);
        Matcher m = ID.matcher(body);
        if (!m.find()) throw new IllegalStateException(body);
        return Long.parseLong(m.group(1));
    }

    /** One request; any status but the expected one stops the run with the answer. */
    static String send(String method, String path, String type, String body, int expected) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Content-Type", type)
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        STATUSES.computeIfAbsent(r.statusCode(), k -> new AtomicInteger()).incrementAndGet();
        if (r.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }
}
