package dev.boucle.coding;

import dev.boucle.judge.language.Language;
import dev.boucle.judge.problem.FunctionSignature;
import dev.boucle.judge.problem.Problem;
import dev.boucle.judge.problem.ValueType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The code a candidate starts from, per language: the class and method signature a function
 * problem asks for (as on LeetCode), or a program that reads standard input for a stdio problem.
 * Generated from the signature's closed set of types, never from free text.
 */
final class StarterCode {

    private StarterCode() {}

    public static Map<String, String> forProblem(Problem problem, List<Language> languages) {
        Map<String, String> byLanguage = new LinkedHashMap<>();
        for (Language language : languages) {
            String code = problem.function().map(f -> function(language.id(), f)).orElseGet(() -> stdio(language.id()));
            if (code != null) byLanguage.put(language.id(), code);
        }
        return byLanguage;
    }

    private static String function(String language, FunctionSignature f) {
        return switch (language) {
            case "java" -> "class Solution {\n    public " + java(f.returns()) + " " + f.name() + "("
                    + f.params().stream().map(p -> java(p.type()) + " " + p.name()).collect(Collectors.joining(", "))
                    + ") {\n        \n    }\n}\n";
            case "python" -> "class Solution:\n    def " + f.name() + "(self"
                    + f.params().stream().map(p -> ", " + p.name() + ": " + python(p.type())).collect(Collectors.joining())
                    + ") -> " + python(f.returns()) + ":\n        pass\n";
            case "cpp" -> "class Solution {\npublic:\n    " + cpp(f.returns()) + " " + f.name() + "("
                    + f.params().stream().map(p -> cpp(p.type()) + " " + p.name()).collect(Collectors.joining(", "))
                    + ") {\n        \n    }\n};\n";
            default -> null;
        };
    }

    private static String stdio(String language) {
        return switch (language) {
            case "java" -> "import java.io.*;\nimport java.util.*;\n\npublic class Main {\n    public static void main(String[] args) throws IOException {\n"
                    + "        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));\n        \n    }\n}\n";
            case "python" -> "import sys\n\n\ndef main() -> None:\n    data = sys.stdin.read().split()\n\n\nmain()\n";
            case "cpp" -> "#include <bits/stdc++.h>\nusing namespace std;\n\nint main() {\n    ios::sync_with_stdio(false);\n    cin.tie(nullptr);\n    \n}\n";
            default -> null;
        };
    }

    private static String java(ValueType t) {
        return switch (t) {
            case INT -> "int"; case LONG -> "long"; case DOUBLE -> "double"; case STRING -> "String"; case BOOL -> "boolean";
            case INT_ARRAY -> "int[]"; case LONG_ARRAY -> "long[]"; case DOUBLE_ARRAY -> "double[]"; case STRING_ARRAY -> "String[]";
            case INT_MATRIX -> "int[][]"; case DOUBLE_MATRIX -> "double[][]";
        };
    }

    private static String python(ValueType t) {
        return switch (t) {
            case INT, LONG -> "int"; case DOUBLE -> "float"; case STRING -> "str"; case BOOL -> "bool";
            case INT_ARRAY, LONG_ARRAY -> "list[int]"; case DOUBLE_ARRAY -> "list[float]"; case STRING_ARRAY -> "list[str]";
            case INT_MATRIX -> "list[list[int]]"; case DOUBLE_MATRIX -> "list[list[float]]";
        };
    }

    private static String cpp(ValueType t) {
        return switch (t) {
            case INT -> "int"; case LONG -> "long long"; case DOUBLE -> "double"; case STRING -> "string"; case BOOL -> "bool";
            case INT_ARRAY -> "vector<int>"; case LONG_ARRAY -> "vector<long long>"; case DOUBLE_ARRAY -> "vector<double>";
            case STRING_ARRAY -> "vector<string>"; case INT_MATRIX -> "vector<vector<int>>"; case DOUBLE_MATRIX -> "vector<vector<double>>";
        };
    }
}
