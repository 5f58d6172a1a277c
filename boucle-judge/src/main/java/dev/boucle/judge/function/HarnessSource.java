package dev.boucle.judge.function;

import dev.boucle.judge.language.FunctionHarness;
import dev.boucle.judge.problem.FunctionSignature;
import dev.boucle.judge.problem.ValueType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Fills a language's harness templates for one signature. Every substituted fragment is built
 * from validated problem data (identifiers, the closed type set) and the language's own type
 * spellings; the candidate's source never passes through here, it is compiled as its own file.
 */
public final class HarnessSource {
    private static final String RESOURCES = "/dev/boucle/judge/function/";

    private HarnessSource() {
    }

    /** File name in /src to content, for every harness file of the language. */
    public static Map<String, byte[]> files(String languageId, FunctionHarness harness, FunctionSignature signature) {
        Map<String, String> values = Map.of(
                "{{METHOD}}", signature.name(),
                "{{TYPES}}", signature.params().stream().map(p -> '"' + p.type().yamlName() + '"')
                        .collect(Collectors.joining(", ")),
                "{{DECLARATIONS}}", perParameter(harness.declare(), harness, signature, " "),
                "{{ARGUMENTS}}", perParameter(harness.argument(), harness, signature, ", "));
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String file : harness.harnessFiles()) {
            String text = template(languageId, file);
            for (var entry : values.entrySet()) {
                text = text.replace(entry.getKey(), entry.getValue());
            }
            files.put(file, text.getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    private static String perParameter(String pattern, FunctionHarness harness, FunctionSignature signature,
                                       String separator) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < signature.params().size(); i++) {
            ValueType type = signature.params().get(i).type();
            String spelled = harness.types().get(type.yamlName());
            if (spelled == null) {
                throw new IllegalStateException("the harness has no spelling for type " + type.yamlName());
            }
            parts.add(pattern.replace("{type}", spelled).replace("{i}", Integer.toString(i)));
        }
        return parts.stream().filter(s -> !s.isEmpty()).collect(Collectors.joining(separator));
    }

    private static String template(String languageId, String file) {
        try (InputStream in = HarnessSource.class.getResourceAsStream(RESOURCES + languageId + "/" + file)) {
            if (in == null) {
                throw new IllegalStateException("harness template " + languageId + "/" + file + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
