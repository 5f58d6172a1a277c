package dev.boucle.judge.problem;

import java.util.Arrays;
import java.util.Optional;

/**
 * The closed set of types a function problem may take or return. Kept small on purpose: every
 * type needs a reader and a writer in each harness, and a type the host can check without
 * trusting anything the candidate's runtime says about it.
 */
public enum ValueType {
    INT("int"),
    LONG("long"),
    DOUBLE("double"),
    STRING("string"),
    BOOL("bool"),
    INT_ARRAY("int[]"),
    LONG_ARRAY("long[]"),
    DOUBLE_ARRAY("double[]"),
    STRING_ARRAY("string[]"),
    INT_MATRIX("int[][]"),
    DOUBLE_MATRIX("double[][]");

    private final String yamlName;

    ValueType(String yamlName) {
        this.yamlName = yamlName;
    }

    /** The spelling used in problem.yaml and in the harness protocol. */
    public String yamlName() {
        return yamlName;
    }

    public static Optional<ValueType> fromYaml(String name) {
        return Arrays.stream(values()).filter(t -> t.yamlName.equals(name)).findFirst();
    }

    /** The element type of a one-dimensional array, or the row type of a matrix. */
    public Optional<ValueType> element() {
        return switch (this) {
            case INT_ARRAY -> Optional.of(INT);
            case LONG_ARRAY -> Optional.of(LONG);
            case DOUBLE_ARRAY -> Optional.of(DOUBLE);
            case STRING_ARRAY -> Optional.of(STRING);
            case INT_MATRIX -> Optional.of(INT_ARRAY);
            case DOUBLE_MATRIX -> Optional.of(DOUBLE_ARRAY);
            default -> Optional.empty();
        };
    }
}
