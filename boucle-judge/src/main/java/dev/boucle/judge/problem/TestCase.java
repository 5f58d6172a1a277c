package dev.boucle.judge.problem;

import java.nio.file.Path;

/**
 * One input/expected-output pair. The expected file is read by the host only, never mounted.
 * For function problems both paths are the test's NAME.json: only its "args" part is ever sent to
 * a sandbox, its "expected" part stays on the host.
 */
public record TestCase(String name, Path input, Path expected) {
}
