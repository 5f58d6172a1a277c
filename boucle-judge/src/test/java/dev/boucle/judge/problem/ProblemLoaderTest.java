package dev.boucle.judge.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.boucle.judge.config.ConfigException;
import dev.boucle.judge.problem.CheckerSpec.CheckerKind;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProblemLoaderTest {
    @TempDir
    Path dir;

    private Path problem(String yaml, String... testNames) throws Exception {
        Files.writeString(dir.resolve("problem.yaml"), yaml);
        Files.createDirectories(dir.resolve("tests"));
        for (String name : testNames) {
            Files.writeString(dir.resolve("tests/" + name + ".in"), "");
            Files.writeString(dir.resolve("tests/" + name + ".out"), "");
        }
        return dir;
    }

    @Test
    void loadsTheDocumentedFormatInNaturalTestOrder() throws Exception {
        Problem p = new ProblemLoader().load(problem("""
                id: p
                title: P
                kind: stdio
                timeLimitMs: 1500
                memoryLimitMb: 128
                checker: float
                tolerance: 0.01
                """, "10", "2", "1", "sample"));
        assertThat(p.tests()).extracting(TestCase::name).containsExactly("1", "2", "10", "sample");
        assertThat(p.checker().kind()).isEqualTo(CheckerKind.FLOAT);
        assertThat(p.checker().tolerance()).isEqualTo(0.01);
        assertThat(p.timeLimitMs()).isEqualTo(1500);
    }

    @Test
    void readsTheKattisCheckerWithItsFlagsAndRefusesBadOnes() throws Exception {
        ProblemLoader loader = new ProblemLoader();
        String head = "id: p\ntitle: P\ntimeLimitMs: 1000\nmemoryLimitMb: 64\n";
        Problem p = loader.load(problem(head + "checker: kattis\nvalidatorFlags: \"case_sensitive float_absolute_tolerance 0.5\"\n", "1"));
        assertThat(p.checker().kind()).isEqualTo(CheckerKind.KATTIS);
        assertThat(p.checker().flags().caseSensitive()).isTrue();
        assertThat(p.checker().flags().absoluteTolerance().getAsDouble()).isEqualTo(0.5);
        assertThat(p.checker().flags().relativeTolerance()).isEmpty();
        assertThatThrownBy(() -> loader.load(problem(head + "checker: kattis\nvalidatorFlags: ignore_case\n", "1")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("unknown validator flag 'ignore_case'");
        assertThatThrownBy(() -> loader.load(problem(head + "checker: custom\ncheckerProtocol: icpc\n", "1")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("checkerProtocol must be testlib or kattis");
    }

    @Test
    void rejectsUnknownFieldsMissingPairsAndBadLimits() throws Exception {
        ProblemLoader loader = new ProblemLoader();
        assertThatThrownBy(() -> loader.load(problem("id: p\ntitle: P\ntimeLimitMs: 1\nmemoryLimitMb: 64\ntimelimit: 5\n", "1")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("unknown field 'timelimit'");
        Files.writeString(dir.resolve("tests/2.in"), "");
        assertThatThrownBy(() -> loader.load(problem("id: p\ntitle: P\ntimeLimitMs: 1\nmemoryLimitMb: 64\n", "1")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("2.out");
        Files.delete(dir.resolve("tests/2.in"));
        assertThatThrownBy(() -> loader.load(problem("id: p\ntitle: P\ntimeLimitMs: 0\nmemoryLimitMb: 64\n", "1")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("timeLimitMs");
        assertThatThrownBy(() -> loader.load(dir.resolve("missing")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("not found");
        assertThatThrownBy(() -> loader.load(problem("id: [unclosed\n", "1")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("invalid YAML");
    }

    @Test
    void loadsAFunctionProblemAndTypeChecksItsTests() throws Exception {
        Files.createDirectories(dir.resolve("tests"));
        Files.writeString(dir.resolve("tests/2.json"), "{\"args\": [[1, 2], \"x\"], \"expected\": 3}");
        Files.writeString(dir.resolve("tests/10.json"), "{\"args\": [[], \"\"], \"expected\": 0}");
        Files.writeString(dir.resolve("problem.yaml"), """
                id: f
                title: F
                kind: function
                timeLimitMs: 1000
                memoryLimitMb: 64
                function:
                  name: total
                  params: [{name: xs, type: "int[]"}, {name: tag, type: string}]
                  returns: long
                """);
        Problem p = new ProblemLoader().load(dir);
        assertThat(p.function()).get().extracting(FunctionSignature::name).isEqualTo("total");
        assertThat(p.function().get().params()).extracting(FunctionSignature.Parameter::type)
                .containsExactly(ValueType.INT_ARRAY, ValueType.STRING);
        assertThat(p.tests()).extracting(TestCase::name).containsExactly("2", "10");

        Files.writeString(dir.resolve("tests/3.json"), "{\"args\": [[1.5], \"x\"], \"expected\": 3}");
        assertThatThrownBy(() -> new ProblemLoader().load(dir))
                .isInstanceOf(ConfigException.class).hasMessageContaining("argument 'xs' is not a int[]");
        Files.writeString(dir.resolve("tests/3.json"), "{\"args\": [[1]], \"expected\": 3}");
        assertThatThrownBy(() -> new ProblemLoader().load(dir))
                .isInstanceOf(ConfigException.class).hasMessageContaining("2 arguments expected");
        Files.delete(dir.resolve("tests/3.json"));
        String yaml = Files.readString(dir.resolve("problem.yaml"));
        Files.writeString(dir.resolve("problem.yaml"), yaml.replace("returns: long", "returns: float"));
        assertThatThrownBy(() -> new ProblemLoader().load(dir))
                .isInstanceOf(ConfigException.class).hasMessageContaining("unknown type 'float'");
        Files.writeString(dir.resolve("problem.yaml"), yaml.replace("name: total", "name: \"x; evil()\""));
        assertThatThrownBy(() -> new ProblemLoader().load(dir))
                .isInstanceOf(ConfigException.class).hasMessageContaining("plain identifier");
        Files.writeString(dir.resolve("problem.yaml"), yaml + "checker: tokens\n");
        assertThatThrownBy(() -> new ProblemLoader().load(dir))
                .isInstanceOf(ConfigException.class).hasMessageContaining("checker: exact or float");
        Files.writeString(dir.resolve("problem.yaml"), yaml.replace("kind: function", "kind: stdio"));
        assertThatThrownBy(() -> new ProblemLoader().load(dir))
                .isInstanceOf(ConfigException.class).hasMessageContaining("'function:' section");
    }
}
