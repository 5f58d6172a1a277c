package dev.boucle.judge.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.StringJoiner;

/**
 * A generated function problem in the shape of examples/range-sums (prefix sums over a long[] with
 * int[][] queries): measures what a candidate waits for end to end, compile included, when a
 * runtime starts once per submission.
 */
final class BenchFunctionProblem {
    private static final int LENGTH = 2000;
    private static final int QUERIES = 200;

    private BenchFunctionProblem() {
    }

    static Path write(Path dir, int tests) throws IOException {
        Files.createDirectories(dir.resolve("tests"));
        Files.writeString(dir.resolve("problem.yaml"), """
                id: bench-function
                title: Generated function benchmark
                kind: function
                timeLimitMs: 1000
                memoryLimitMb: 256
                checker: exact
                function:
                  name: rangeSums
                  params:
                    - {name: nums, type: "long[]"}
                    - {name: queries, type: "int[][]"}
                  returns: "long[]"
                """);
        Random random = new Random(7);
        for (int t = 1; t <= tests; t++) {
            long[] nums = random.longs(LENGTH, -1_000_000_000L, 1_000_000_000L).toArray();
            long[] prefix = new long[LENGTH + 1];
            for (int i = 0; i < LENGTH; i++) {
                prefix[i + 1] = prefix[i] + nums[i];
            }
            StringJoiner values = new StringJoiner(",", "[", "]");
            for (long n : nums) {
                values.add(Long.toString(n));
            }
            StringJoiner queries = new StringJoiner(",", "[", "]");
            StringJoiner expected = new StringJoiner(",", "[", "]");
            for (int q = 0; q < QUERIES; q++) {
                int a = random.nextInt(LENGTH);
                int b = random.nextInt(LENGTH);
                int l = Math.min(a, b);
                int r = Math.max(a, b);
                queries.add("[" + l + "," + r + "]");
                expected.add(Long.toString(prefix[r + 1] - prefix[l]));
            }
            Files.writeString(dir.resolve("tests/" + t + ".json"),
                    "{\"args\": [" + values + ", " + queries + "], \"expected\": " + expected + "}\n",
                    StandardCharsets.US_ASCII);
        }
        return dir;
    }

    static String solution(String languageId) {
        return switch (languageId) {
            case "java" -> """
                    class Solution {
                        public long[] rangeSums(long[] nums, int[][] queries) {
                            long[] prefix = new long[nums.length + 1];
                            for (int i = 0; i < nums.length; i++) prefix[i + 1] = prefix[i] + nums[i];
                            long[] out = new long[queries.length];
                            for (int q = 0; q < queries.length; q++) out[q] = prefix[queries[q][1] + 1] - prefix[queries[q][0]];
                            return out;
                        }
                    }
                    """;
            case "python" -> """
                    from itertools import accumulate


                    class Solution:
                        def rangeSums(self, nums, queries):
                            prefix = [0] + list(accumulate(nums))
                            return [prefix[r + 1] - prefix[l] for l, r in queries]
                    """;
            case "cpp" -> """
                    class Solution {
                    public:
                        vector<long long> rangeSums(vector<long long>& nums, vector<vector<int>>& queries) {
                            vector<long long> prefix(nums.size() + 1, 0);
                            for (size_t i = 0; i < nums.size(); i++) prefix[i + 1] = prefix[i] + nums[i];
                            vector<long long> out;
                            for (auto& q : queries) out.push_back(prefix[q[1] + 1] - prefix[q[0]]);
                            return out;
                        }
                    };
                    """;
            default -> throw new IllegalArgumentException("no function benchmark solution for " + languageId);
        };
    }
}
