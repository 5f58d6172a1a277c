package dev.boucle.judge.function;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.judge.function.HarnessReport.Raised;
import dev.boucle.judge.function.HarnessReport.Returned;
import dev.boucle.judge.function.HarnessReport.TimedOut;
import dev.boucle.judge.language.LanguageCatalog;
import dev.boucle.judge.problem.FunctionSignature;
import dev.boucle.judge.problem.FunctionSignature.Parameter;
import dev.boucle.judge.problem.ValueType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The host side of the harness protocol, without any sandbox. */
class HarnessProtocolTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void onlyLinesCarryingTheNonceCount() {
        String out = """
                abc R 0 5 6 [1,2]
                R 1 1 1 [9]
                n0nce R 0 1 1 [9]
                n0nce B 0
                n0nce R 0 1500 2000 [1,2]
                n0nce R 0 1 1 [7]
                n0nce B 1
                n0nce E 1 10 20 "ValueError: \\"x\\""
                n0nce B 2
                n0nce T 2 1000000 1000100
                """;
        HarnessReport report = HarnessReport.parse(out.getBytes(StandardCharsets.UTF_8), "n0nce");
        // The first result line for a test wins: a later forged one cannot replace it.
        assertThat(report.outcomes().get(0)).isEqualTo(new Returned(1, 1, "[9]"));
        assertThat(report.outcomes().get(1)).isEqualTo(new Raised(10, 20, "ValueError: \"x\""));
        assertThat(report.outcomes().get(2)).isEqualTo(new TimedOut(1000000, 1000100));
        assertThat(report.lastBegun()).isEqualTo(2);
        assertThat(report.done()).isFalse();
    }

    @Test
    void argumentsUseTheTypedTextEncoding() throws Exception {
        List<JsonNode> args = List.of(JSON.readTree("[[1,-2],[]]"), JSON.readTree("\"a b\\né\""),
                JSON.readTree("true"), JSON.readTree("2.5"));
        byte[] encoded = ArgumentEncoder.encode("n", 1000,
                List.of(ValueType.INT_MATRIX, ValueType.STRING, ValueType.BOOL, ValueType.DOUBLE), List.of(args));
        assertThat(new String(encoded, StandardCharsets.UTF_8)).isEqualTo("n\n1000\n1\n2 2 1 -2 0 6 a b\né 1 2.5 \n");
    }

    @Test
    void valuesCompareByTypeAndTolerance() throws Exception {
        ValueComparator exact = new ValueComparator(ValueType.LONG_ARRAY, OptionalDouble.empty());
        assertThat(exact.check("[1,20000000000]", JSON.readTree("[1,20000000000]")).accepted()).isTrue();
        assertThat(exact.check("[1,2]", JSON.readTree("[1,3]")).message()).isEqualTo("wrong value at [1]");
        assertThat(exact.check("[1]", JSON.readTree("[1,3]")).accepted()).isFalse();
        assertThat(exact.check("\"[1,3]\"", JSON.readTree("[1,3]")).message()).contains("not a long[]");
        assertThat(exact.check("NaN", JSON.readTree("[1]")).accepted()).isFalse();
        ValueComparator floats = new ValueComparator(ValueType.DOUBLE, OptionalDouble.of(1e-6));
        assertThat(floats.check("0.30000000000000004", JSON.readTree("0.3")).accepted()).isTrue();
        assertThat(floats.check("3", JSON.readTree("3.0")).accepted()).isTrue();
        assertThat(floats.check("0.3001", JSON.readTree("0.3")).accepted()).isFalse();
    }

    @Test
    void harnessesAreFilledFromTheSignatureOnly() {
        FunctionSignature signature = new FunctionSignature("solve",
                List.of(new Parameter("grid", ValueType.INT_MATRIX), new Parameter("k", ValueType.LONG)), ValueType.BOOL);
        LanguageCatalog catalog = LanguageCatalog.builtIn();
        String java = text(HarnessSource.files("java", catalog.find("java").orElseThrow().function().orElseThrow(),
                signature).get("Main.java"));
        assertThat(java).contains("new Solution().solve((int[][]) args[0], (long) args[1])")
                .contains("{ \"int[][]\", \"long\" }").doesNotContain("{{");
        String glue = text(HarnessSource.files("cpp", catalog.find("cpp").orElseThrow().function().orElseThrow(),
                signature).get("glue.cpp"));
        assertThat(glue).contains("std::vector<std::vector<int>> a0; in.read(a0); long long a1; in.read(a1);")
                .contains("solution->solve(a0, a1)").contains("#include \"solution.cpp\"");
        String python = text(HarnessSource.files("python", catalog.find("python").orElseThrow().function().orElseThrow(),
                signature).get("main.py"));
        assertThat(python).contains("\"solve\")(args[0], args[1])");
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
