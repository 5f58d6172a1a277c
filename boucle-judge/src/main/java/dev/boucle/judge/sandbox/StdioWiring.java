package dev.boucle.judge.sandbox;

import java.io.InputStream;
import java.io.OutputStream;

/**
 * Streams a run talks through instead of a fixed stdin and a captured stdout, to connect two
 * sandboxes (an interactive problem's interactor and the submission). The host relays the bytes
 * on both sides, so the two never share a descriptor, a mount or a namespace. The stdout cap
 * still applies, counted as the bytes pass; nothing is kept. When the program's stdout ends,
 * {@code stdoutTo} is closed; when {@code stdinFrom} ends, the program's stdin is closed; and
 * when the peer stops reading, the program's stdout is closed, so its next write fails (SIGPIPE)
 * as it would on a plain pipe.
 */
public record StdioWiring(InputStream stdinFrom, OutputStream stdoutTo) {
}
