package dev.boucle.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.Api;
import dev.boucle.BoucleIntegrationTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.sessions.JqwikSession;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every operation of the OpenAPI document, called by an admin with parameters and bodies
 * generated from its schema (jqwik), valid in shape or broken on purpose. Whatever comes in,
 * Boucle answers below 500, and a 400 names the field at fault.
 *
 * <p>The run is deterministic for a seed ({@code -Dboucle.fuzz.seed}); a failure lists the
 * calls to replay. {@code -Dboucle.fuzz.cases} sets the calls per operation.
 */
class ApiFuzzTest extends BoucleIntegrationTest {

    private static final long SEED = Long.getLong("boucle.fuzz.seed", 20_261_206L);
    private static final int CASES = Integer.getInteger("boucle.fuzz.cases", 50);
    private static final List<String> DOMAIN_WORDS = List.of("advance", "hold", "resume", "reject", "withdraw", "HIRE", "NO_HIRE",
            "STRONG_HIRE", "STRONG_NO_HIRE", "YES", "NO", "STRONG_YES", "STRONG_NO", "MORE_DATA", "UNAIDED", "CALIBRATED", "ASSISTED",
            "VIRTUAL", "ONSITE", "PHONE", "java", "python", "cpp", "en", "fr", "send", "approve", "accept", "decline", "expire",
            "ADMIN", "RECRUITER", "HIRING_MANAGER", "INTERVIEWER", "COMMITTEE", "single", "married", "EUR", "GBP", "USD");

    @Test
    void everyOperationStaysBelow500AndEvery400NamesItsField() {
        OpenApiOperations api = OpenApiOperations.of(admin().get("/v3/api-docs").json());
        assertThat(api.all()).as("operations in the OpenAPI document").hasSizeGreaterThan(50);

        Map<String, List<Long>> own = ownRecords();
        String question = unique("fuzz-q");
        List<String> dictionary = dictionary(api);
        SchemaValues values = new SchemaValues(api, dictionary, new IdPools(own));
        FuzzCases cases = new FuzzCases(values, new IdPools(own), Map.of("questions", List.of(question)), dictionary,
                api.propertyNames(), Examples.of(own));

        // Arbitraries used outside a jqwik property need a session of their own (memoized generators).
        JqwikSession.start();
        try {
            run(api, cases);
        } finally {
            JqwikSession.finish();
        }
    }

    private void run(OpenApiOperations api, FuzzCases cases) {
        Random random = new Random(SEED);
        List<String> failures = new ArrayList<>();
        Map<String, Map<Integer, Integer>> statuses = new TreeMap<>();
        int calls = 0;
        for (OpenApiOperations.Operation op : api.all()) {
            RandomGenerator<FuzzCases.Call> generator = cases.of(op).generatorWithEmbeddedEdgeCases(CASES);
            for (int i = 0; i < CASES; i++) {
                FuzzCases.Call call = generator.next(random).value();
                Api.Response r = send(call);
                calls++;
                statuses.computeIfAbsent(op.name(), k -> new TreeMap<>()).merge(r.status(), 1, Integer::sum);
                ResponseVerdict.judge(r.status(), r.contentType(), r.body()).ifPresent(why -> failures.add(call + "\n    -> " + why));
            }
        }
        statuses.forEach((op, counts) -> System.out.println(op + " " + counts));

        assertThat(failures).as("answers that break the contract, of %d calls", calls).isEmpty();
        // Not vacuous: a good share of the calls got past validation and did something.
        long succeeded = statuses.values().stream().flatMap(m -> m.entrySet().stream())
                .filter(e -> e.getKey() / 100 == 2).mapToLong(Map.Entry::getValue).sum();
        long operationsWithSuccess = statuses.values().stream().filter(m -> m.keySet().stream().anyMatch(s -> s / 100 == 2)).count();
        assertThat(succeeded).as("2xx answers of %d calls", calls).isGreaterThan(calls / 10);
        assertThat(operationsWithSuccess).as("operations answered 2xx at least once").isGreaterThan(api.all().size() / 2);
    }

    private Api.Response send(FuzzCases.Call generated) {
        FuzzCases.Call call = generated.body() == null || !generated.body().contains("{unique}") ? generated
                : new FuzzCases.Call(generated.operation(), generated.method(), generated.path(), generated.contentType(),
                        generated.body().replace("{unique}", unique("fz")));
        Api admin = admin();
        if (call.contentType() == null) {
            return call.method().equals("GET") ? admin.get(call.path()) : admin.send(call.method(), call.path(), "application/json", "");
        }
        return admin.send(call.method(), call.path(), call.contentType(), call.body());
    }

    /** A job, a candidate with an application (and its rounds), a user and two of its tokens, the judge's problems. */
    private Map<String, List<Long>> ownRecords() {
        Person user = person("INTERVIEWER");
        long job = createJob("software-engineer", null);
        long candidate = createCandidate("Fuzz Candidate");
        long application = apply(candidate, job);
        List<Long> rounds = new ArrayList<>();
        application(application).get("rounds").forEach(r -> rounds.add(r.get("id").asLong()));
        List<Long> tokens = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            tokens.add(admin().post("/api/v1/users/" + user.id() + "/tokens", Map.of()).json().get("id").asLong());
        }
        List<Long> problems = new ArrayList<>();
        for (JsonNode p : admin().get("/api/v1/problems").json()) {
            if (p.path("id").isNumber()) problems.add(p.get("id").asLong());
        }
        Map<String, List<Long>> own = new LinkedHashMap<>();
        own.put("jobs", List.of(job));
        own.put("candidates", List.of(candidate));
        own.put("applications", List.of(application));
        own.put("rounds", rounds);
        own.put("users", List.of(user.id()));
        own.put("tokens", tokens);
        own.put("problems", problems);
        return own;
    }

    /** The domain's words, as the catalogue answers them (stage keys, offices, levels, competencies), and property names. */
    private List<String> dictionary(OpenApiOperations api) {
        Set<String> words = new LinkedHashSet<>(DOMAIN_WORDS);
        for (String catalogue : List.of("/api/v1/tracks", "/api/v1/offices", "/api/v1/levels", "/api/v1/rubrics", "/api/v1/problems")) {
            collect(admin().get(catalogue).json(), words);
        }
        words.addAll(api.propertyNames());
        return List.copyOf(words);
    }

    private static void collect(JsonNode node, Set<String> words) {
        if (words.size() > 400) return;
        if (node.isString() && node.asString().length() <= 60) words.add(node.asString());
        node.forEach(child -> collect(child, words));
    }
}
