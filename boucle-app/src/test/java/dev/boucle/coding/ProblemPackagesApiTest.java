package dev.boucle.coding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.Api;
import dev.boucle.BoucleIntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Kattis packages through the API: an upload is self-tested by the real sandboxed judge and joins
 * the bank with the administrator's placement; a failing self-test or an unsafe zip is a 422
 * naming the file, and the bank is unchanged; any problem of the bank downloads as a package.
 */
class ProblemPackagesApiTest extends BoucleIntegrationTest {

    private static final Map<String, List<String>> PLACEMENT = Map.of("topic", List.of("ALGORITHMS"),
            "difficulty", List.of("EASY"), "roundTypes", List.of("ALGORITHMIC_CODING"));

    /** A small yes/no package of our own: is n even? Answers compare case-insensitively by default. */
    private static Map<String, String> evenOdd(String name) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(name + "/problem.yaml", "name: Even or odd\nlimits:\n  time_limit: 2\n");
        files.put(name + "/problem_statement/problem.en.md", "# Even or odd\n\nPrint yes when n is even.\n");
        files.put(name + "/data/sample/1.in", "4\n");
        files.put(name + "/data/sample/1.ans", "yes\n");
        files.put(name + "/data/secret/1.in", "7\n");
        files.put(name + "/data/secret/1.ans", "no\n");
        files.put(name + "/submissions/accepted/shout.py", "print('YES' if int(input()) % 2 == 0 else 'NO')\n");
        files.put(name + "/submissions/wrong_answer/always-yes.py", "input()\nprint('yes')\n");
        files.put(name + "/submissions/run_time_error/crash.py", "raise SystemExit(3)\n");
        return files;
    }

    private static byte[] zip(Map<String, String> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var f : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(f.getKey()));
                zip.write(f.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private Api.Response upload(byte[] zip, Map<String, List<String>> fields) {
        return admin().upload("/api/v1/problems/packages", fields, "file", "package.zip", zip);
    }

    @Test
    void anImportedPackageJoinsTheBankWithItsPlacementAndDownloadsAgain() throws Exception {
        String id = unique("even-odd");
        Api.Response created = upload(zip(evenOdd(id)), PLACEMENT);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/v1/problems/" + id);
        JsonNode body = created.json();
        assertThat(body.get("id").asString()).isEqualTo(id);
        assertThat(body.get("timeLimitMs").asInt()).isEqualTo(2000);
        List<String> selfTest = new ArrayList<>();
        body.get("selfTest").forEach(l -> selfTest.add(l.get("file").asString() + " " + l.get("actual").asString()
                + " " + l.get("matches").asBoolean()));
        assertThat(selfTest).containsExactly("submissions/accepted/shout.py AC true",
                "submissions/run_time_error/crash.py RE true", "submissions/wrong_answer/always-yes.py WA true");

        JsonNode problem = admin().get("/api/v1/problems/" + id).json();
        assertThat(problem.get("summary").get("topic").asString()).isEqualTo("ALGORITHMS");
        assertThat(problem.get("summary").get("roundTypes").get(0).asString()).isEqualTo("ALGORITHMIC_CODING");
        assertThat(problem.get("samples")).hasSize(1);

        Api.Response head = admin().get("/api/v1/problems/" + id + "/package");
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.contentType()).startsWith("application/zip");
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(admin().getBytes("/api/v1/problems/" + id + "/package")))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) names.add(e.getName());
        }
        assertThat(names).contains(id + "/problem.yaml", id + "/data/sample/1.ans", id + "/data/secret/1.in",
                id + "/submissions/accepted/shout.py", id + "/submissions/wrong_answer/always-yes.py");

        // The same package again: the id is taken, and the answer says so.
        Api.Response again = upload(zip(evenOdd(id)), PLACEMENT);
        assertThat(again.status()).isEqualTo(422);
    }

    @Test
    void aSubmissionInTheWrongFolderIsA422NamingItAndNothingJoins() throws Exception {
        String id = unique("even-odd");
        Map<String, String> files = evenOdd(id);
        files.put(id + "/submissions/accepted/always-yes.py", "input()\nprint('yes')\n");
        Api.Response refused = upload(zip(files), PLACEMENT);
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        JsonNode problem = refused.json();
        assertThat(problem.get("file").asString()).isEqualTo("submissions/accepted/always-yes.py");
        assertThat(problem.get("detail").asString()).contains("submissions/accepted/always-yes.py: expected AC (its folder), got WA");
        assertThat(problem.get("selfTest")).hasSize(4);
        assertThat(admin().get("/api/v1/problems/" + id).status()).isEqualTo(404);
        // Nor can it be judged: the bank does not know it.
        assertThat(admin().get("/api/v1/problems").body()).doesNotContain(id);
    }

    @Test
    void anUnsafeZipIsA422NamingTheEntry() throws Exception {
        String id = unique("slip");
        Map<String, String> files = evenOdd(id);
        files.put("../../escape.txt", "owned");
        Api.Response refused = upload(zip(files), PLACEMENT);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("reason").asString()).isEqualTo("unsafe file name in the package: ../../escape.txt");
        assertThat(admin().get("/api/v1/problems/" + id).status()).isEqualTo(404);
    }

    @Test
    void thePlacementIsCheckedBeforeAnythingIsJudged() throws Exception {
        Api.Response bad = upload(zip(evenOdd(unique("x"))), Map.of("topic", List.of("COOKING"), "difficulty", List.of("EASY"),
                "roundTypes", List.of("NOT_A_ROUND")));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").has("topic")).isTrue();
        assertThat(bad.json().get("errors").has("roundTypes")).isTrue();
        assertThat(bad.json().get("errors").has("difficulty")).isFalse();
    }

    @Test
    void aFunctionProblemHasNoPackage() {
        Api.Response refused = admin().get("/api/v1/problems/calm-stretch/package");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).contains("function problem");
        assertThat(admin().get("/api/v1/problems/no-such-problem/package").status()).isEqualTo(404);
    }

    @Test
    void aBodyThatIsNoMultipartOrHasNoFileIsA400NamingTheFile() {
        String query = "/api/v1/problems/packages?topic=ALGORITHMS&difficulty=EASY&roundTypes=ALGORITHMIC_CODING";
        Api.Response noBoundary = admin().send("POST", query, "multipart/form-data", "title: 1\n");
        assertThat(noBoundary.status()).as(noBoundary.body()).isEqualTo(400);
        assertThat(noBoundary.header("Content-Type")).startsWith("application/problem+json");
        assertThat(noBoundary.json().get("errors").has("file")).as(noBoundary.body()).isTrue();

        Api.Response noFile = admin().send("POST", query, "multipart/form-data; boundary=XYZ",
                "--XYZ\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n--XYZ--\r\n");
        assertThat(noFile.status()).as(noFile.body()).isEqualTo(400);
        assertThat(noFile.json().get("errors").has("file")).as(noFile.body()).isTrue();
    }
}
