package dev.boucle.judge.problem;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The method a function problem asks for, as declared in problem.yaml. The harness calls it on a
 * fresh {@code Solution} object per test. Names end up in generated harness code, so they are
 * restricted to identifiers that are not keywords in any supported language.
 */
public record FunctionSignature(String name, List<Parameter> params, ValueType returns) {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");
    private static final Set<String> RESERVED = Set.of("main", "Solution", "class", "def", "return", "new",
            "delete", "int", "long", "double", "float", "bool", "boolean", "string", "String", "import", "lambda",
            "None", "True", "False", "null", "true", "false", "this", "self", "auto", "char", "void", "static",
            "for", "while", "if", "else", "switch", "case", "default", "try", "catch", "throw", "operator");

    public record Parameter(String name, ValueType type) {
        public Parameter {
            checkName(name, "parameter name");
        }
    }

    public FunctionSignature {
        checkName(name, "function name");
        params = List.copyOf(params);
        if (params.size() > 8) {
            throw new IllegalArgumentException("a function takes at most 8 parameters");
        }
        if (params.stream().map(Parameter::name).distinct().count() != params.size()) {
            throw new IllegalArgumentException("parameter names must be distinct");
        }
    }

    private static void checkName(String name, String what) {
        if (name == null || !IDENTIFIER.matcher(name).matches() || RESERVED.contains(name) || name.startsWith("__")
                || name.startsWith("boucle")) {
            throw new IllegalArgumentException(what + " must be a plain identifier, not '" + name + "'");
        }
    }
}
