package dev.boucle.judge.problem;

import java.nio.file.Path;

/** One input/expected-output pair. The expected file is read by the host only, never mounted. */
public record TestCase(String name, Path input, Path expected) {
}
