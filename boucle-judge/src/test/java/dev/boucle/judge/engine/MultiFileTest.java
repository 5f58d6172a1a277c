package dev.boucle.judge.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.judge.language.LanguageCatalog;
import dev.boucle.judge.problem.Problem;
import dev.boucle.judge.problem.ProblemLoader;
import dev.boucle.judge.submission.SourceFiles;
import dev.boucle.judge.support.SandboxFixture;
import dev.boucle.judge.support.TestProblem;
import dev.boucle.judge.verdict.JudgeResult;
import dev.boucle.judge.verdict.Verdict;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Submissions of several files, through the engine API. */
class MultiFileTest {
    private static final TestProblem SUM = TestProblem.create().test("1", "1 2\n", "3\n").test("2", "5 5\n", "10\n");

    private static JudgeResult judge(String language, String... nameThenContent) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < nameThenContent.length; i += 2) {
            files.put(nameThenContent[i], nameThenContent[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        LanguageCatalog catalog = LanguageCatalog.builtIn();
        Problem problem = new ProblemLoader().load(SUM.writeTo(SandboxFixture.newDir("problem")));
        return SandboxFixture.judge(catalog).judge(problem, catalog.find(language).orElseThrow(), SourceFiles.of(files));
    }

    @Test
    void cppWithAHeaderAndASecondUnit() {
        JudgeResult result = judge("cpp",
                "main.cpp", "#include <cstdio>\n#include \"util.h\"\nint main(){long a,b;scanf(\"%ld %ld\",&a,&b);printf(\"%ld\\n\",add(a,b));}\n",
                "util.h", "#pragma once\nlong add(long a, long b);\n",
                "util.cpp", "#include \"util.h\"\nlong add(long a, long b) { return a + b; }\n");
        assertThat(result.verdict()).as("%s", result).isEqualTo(Verdict.AC);
        // Without util.cpp the link fails: proof that the second unit was compiled, not just present.
        JudgeResult missing = judge("cpp", "main.cpp", "#include \"util.h\"\nint main(){return (int) add(1, 2);}\n",
                "util.h", "long add(long a, long b);\n");
        assertThat(missing.verdict()).isEqualTo(Verdict.CE);
        assertThat(missing.compileOutput()).contains("add");
    }

    @Test
    void cWithTwoUnits() {
        JudgeResult result = judge("c",
                "main.c", "#include <stdio.h>\nlong add(long, long);\nint main(void){long a,b;scanf(\"%ld %ld\",&a,&b);printf(\"%ld\\n\",add(a,b));return 0;}\n",
                "add.c", "long add(long a, long b) { return a + b; }\n");
        assertThat(result.verdict()).as("%s", result).isEqualTo(Verdict.AC);
    }

    @Test
    void javaClassesInSeveralFilesAndAPackage() {
        JudgeResult result = judge("java",
                "Solver.java", "package team;\npublic class Solver { public static void main(String[] a) {"
                        + " var s = new java.util.Scanner(System.in); System.out.println(Adder.add(s.nextInt(), s.nextInt())); } }\n",
                "Adder.java", "package team;\nclass Adder { static int add(int a, int b) { return a + b; } }\n");
        assertThat(result.verdict()).as("%s", result).isEqualTo(Verdict.AC);
    }

    @Test
    void pythonImportsItsHelperModule() {
        JudgeResult result = judge("python",
                "main.py", "from helper import add\na, b = map(int, input().split())\nprint(add(a, b))\n",
                "helper.py", "def add(a, b):\n    return a + b\n");
        assertThat(result.verdict()).as("%s", result).isEqualTo(Verdict.AC);
    }

    @Test
    void pythonWithoutMainPyIsRefusedWithTheReason() {
        JudgeResult result = judge("python", "solve.py", "print(3)\n", "helper.py", "\n");
        assertThat(result.verdict()).isEqualTo(Verdict.CE);
        assertThat(result.compileOutput()).contains("needs a file named main.py");
        JudgeResult noSource = judge("cpp", "util.h", "int x;\n");
        assertThat(noSource.verdict()).isEqualTo(Verdict.CE);
        assertThat(noSource.compileOutput()).contains("no .cpp or .cc or .cxx file");
    }
}
