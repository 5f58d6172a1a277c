package dev.boucle.judge.sandbox;

import java.nio.file.Path;

/** A host directory made visible inside the sandbox. */
public sealed interface Mount permits Mount.ReadOnly, Mount.Writable {
    Path host();

    String target();

    record ReadOnly(Path host, String target) implements Mount {
    }

    /** Only for judge-created directories that nothing on the host reads back. */
    record Writable(Path host, String target) implements Mount {
    }
}
