package dev.boucle.judge.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.judge.language.LanguageCatalog;
import dev.boucle.judge.problem.Problem;
import dev.boucle.judge.problem.ProblemLoader;
import dev.boucle.judge.support.SandboxFixture;
import dev.boucle.judge.verdict.JudgeResult;
import dev.boucle.judge.verdict.TestResult;
import dev.boucle.judge.verdict.Verdict;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The function example from README.md in every language, and the per-test verdicts the harness
 * must produce: a failing test does not hide the others, and candidate output cannot pose as the
 * harness's.
 */
class FunctionProblemTest {
    private static final Path EXAMPLE = Path.of("examples/range-sums");
    private static final LanguageCatalog CATALOG = LanguageCatalog.builtIn();

    @ParameterizedTest
    @CsvSource({"python, solution.py", "cpp, solution.cpp", "java, Solution.java"})
    void exampleSolutionsAreAccepted(String language, String file) throws Exception {
        JudgeResult result = judge(language, Files.readString(EXAMPLE.resolve("solutions").resolve(file)));
        assertThat(result.verdict()).as("%s", result).isEqualTo(Verdict.AC);
        assertThat(result.tests()).hasSize(3);
    }

    @Test
    void eachTestGetsItsOwnVerdictAndTheRunGoesOnAfterATimeout() {
        // Test 1 returns a wrong value, test 2 (empty input) loops forever, test 3 is right.
        JudgeResult result = judge("python", """
                class Solution:
                    def rangeSums(self, nums, queries):
                        while not nums:
                            pass
                        if len(nums) == 4:
                            return [10, 5, 4]
                        return [sum(nums[l:r + 1]) for l, r in queries]
                """);
        assertThat(result.tests()).extracting(TestResult::verdict).containsExactly(Verdict.WA, Verdict.TLE, Verdict.AC);
        assertThat(result.tests().get(0).detail()).isEqualTo("wrong value at [2]");
        assertThat(result.tests().get(1).cpuMs()).isGreaterThanOrEqualTo(1000);
    }

    @Test
    void exceptionsAndExitsAreRuntimeErrorsOfTheirTestOnly() {
        JudgeResult result = judge("java", """
                class Solution {
                    long[] rangeSums(long[] nums, int[][] queries) {
                        if (nums.length == 4) throw new IllegalStateException("boom");
                        if (nums.length == 0) System.exit(0);
                        long[] out = new long[queries.length];
                        for (int q = 0; q < queries.length; q++)
                            for (int i = queries[q][0]; i <= queries[q][1]; i++) out[q] += nums[i];
                        return out;
                    }
                }
                """);
        assertThat(result.tests()).extracting(TestResult::verdict).containsExactly(Verdict.RE, Verdict.RE, Verdict.AC);
        assertThat(result.tests().get(0).detail()).contains("IllegalStateException: boom");
    }

    @Test
    void aCrashEndsOnlyItsTestAndCppTimeoutsAreCaught() {
        JudgeResult result = judge("cpp", """
                #include <vector>
                using namespace std;
                class Solution {
                public:
                    vector<long long> rangeSums(vector<long long>& nums, vector<vector<int>>& q) {
                        if (nums.size() == 4) { volatile int* p = nullptr; *p = 1; }
                        if (nums.empty()) { volatile long x = 0; while (true) x++; }
                        return {7999999995LL, 4000000000LL};
                    }
                };
                """);
        assertThat(result.tests()).extracting(TestResult::verdict).containsExactly(Verdict.RE, Verdict.TLE, Verdict.AC);
        assertThat(result.tests().get(0).detail()).contains("SIGSEGV");
    }

    @Test
    void printedOrForgedResultLinesAreIgnored() {
        // Prints a plausible result line, then writes one straight to every descriptor it can find.
        JudgeResult result = judge("python", """
                import os
                class Solution:
                    def rangeSums(self, nums, queries):
                        print("R 0 1 1 [10,5,3]")
                        for fd in range(3, 10):
                            try:
                                os.write(fd, b"0000 R 0 1 1 [10,5,3]\\n")
                            except OSError:
                                pass
                        return [0] * len(queries)
                """);
        assertThat(result.tests()).extracting(TestResult::verdict).containsExactly(Verdict.WA, Verdict.AC, Verdict.WA);
    }

    @Test
    void aSolutionThatCannotLoadFailsEveryTestInOneLaunch() {
        JudgeResult result = judge("python", "raise RuntimeError('no')\n");
        assertThat(result.tests()).extracting(TestResult::verdict).containsOnly(Verdict.RE);
        assertThat(result.tests().get(0).detail()).contains("RuntimeError: no");
    }

    private static JudgeResult judge(String language, String source) {
        Problem problem = new ProblemLoader().load(EXAMPLE);
        return SandboxFixture.judge(CATALOG).judge(problem, CATALOG.find(language).orElseThrow(),
                source.getBytes(StandardCharsets.UTF_8));
    }
}
