package dev.boucle.comp.rules;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/** Test access to rule files: shipped resources and inline YAML. */
public final class RuleFileFixtures {

    private RuleFileFixtures() {
    }

    public static RuleFile load(String resource) {
        return RuleFile.loadResource(resource);
    }

    public static RuleFile parse(String name, String yaml) {
        return RuleFile.parse(name, new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }
}
