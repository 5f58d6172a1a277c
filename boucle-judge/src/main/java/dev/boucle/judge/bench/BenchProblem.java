package dev.boucle.judge.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;

/**
 * A generated stdio problem: read "n seed", fold 0..n-1 into a hash, print it. The per-test work is
 * sized per language to roughly 100 ms of bare CPU, so the ratio measures sandbox overhead against
 * a realistic test rather than against an empty program.
 */
final class BenchProblem {
    static final Map<String, Long> ITERATIONS = Map.of("cpp", 20_000_000L, "c", 20_000_000L, "java", 20_000_000L, "python", 300_000L);
    private static final long MOD = 1_000_000_007L;

    private BenchProblem() {
    }

    static Path write(Path dir, String languageId, int tests) throws IOException {
        long n = ITERATIONS.getOrDefault(languageId, 1_000_000L);
        Files.createDirectories(dir.resolve("tests"));
        Files.writeString(dir.resolve("problem.yaml"), """
                id: bench-%s
                title: Generated benchmark
                kind: stdio
                timeLimitMs: 5000
                memoryLimitMb: 256
                checker: exact
                """.formatted(languageId));
        Random random = new Random(42);
        for (int i = 1; i <= tests; i++) {
            long seed = random.nextInt(1_000_000);
            Files.writeString(dir.resolve("tests/" + i + ".in"), n + " " + seed + "\n", StandardCharsets.US_ASCII);
            Files.writeString(dir.resolve("tests/" + i + ".out"), answer(n, seed) + "\n", StandardCharsets.US_ASCII);
        }
        return dir;
    }

    static long answer(long n, long seed) {
        long h = seed;
        for (long i = 0; i < n; i++) {
            h = (h * 31 + i) % MOD;
        }
        return h;
    }

    static String solution(String languageId) {
        return switch (languageId) {
            case "cpp" -> """
                    #include <cstdio>
                    int main() {
                        long long n, h;
                        if (scanf("%lld %lld", &n, &h) != 2) return 1;
                        for (long long i = 0; i < n; i++) h = (h * 31 + i) % 1000000007LL;
                        printf("%lld\\n", h);
                    }
                    """;
            case "c" -> """
                    #include <stdio.h>
                    int main(void) {
                        long long n, h;
                        if (scanf("%lld %lld", &n, &h) != 2) return 1;
                        for (long long i = 0; i < n; i++) h = (h * 31 + i) % 1000000007LL;
                        printf("%lld\\n", h);
                        return 0;
                    }
                    """;
            case "java" -> """
                    import java.util.Scanner;
                    public class Main {
                        public static void main(String[] args) {
                            Scanner in = new Scanner(System.in);
                            long n = in.nextLong(), h = in.nextLong();
                            for (long i = 0; i < n; i++) h = (h * 31 + i) % 1000000007L;
                            System.out.println(h);
                        }
                    }
                    """;
            case "python" -> """
                    n, h = map(int, input().split())
                    for i in range(n):
                        h = (h * 31 + i) % 1000000007
                    print(h)
                    """;
            default -> throw new IllegalArgumentException("no benchmark solution for " + languageId);
        };
    }
}
