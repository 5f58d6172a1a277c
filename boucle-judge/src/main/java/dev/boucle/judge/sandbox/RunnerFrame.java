package dev.boucle.judge.sandbox;

import java.io.DataInputStream;
import java.io.IOException;

/** One message from the runner (see the protocol at the top of runner.c). */
sealed interface RunnerFrame {

    /** The test process exists and waits for the host to place it in its cgroup. */
    record Forked() implements RunnerFrame {
    }

    record Output(boolean stdout, byte[] bytes) implements RunnerFrame {
    }

    /** The test is over: its tree is dead and reaped, its files wiped. */
    record Exited(int waitStatus, boolean clean) implements RunnerFrame {
        /** bubblewrap's convention, which the verdict logic expects: 128 + N for death by signal N. */
        int exitCode() {
            int signal = waitStatus & 0x7f;
            return signal == 0 ? (waitStatus >> 8) & 0xff : 128 + signal;
        }
    }

    /** The runner's output ended or made no sense: the sandbox is gone. */
    record Gone(String why) implements RunnerFrame {
    }

    static RunnerFrame read(DataInputStream in) throws IOException {
        int kind = in.read();
        return switch (kind) {
            case -1 -> new Gone("the runner exited");
            case 'F' -> new Forked();
            case 'O', 'E' -> {
                int length = in.readInt();
                if (length < 0 || length > 1 << 20) {
                    yield new Gone("bad frame length " + length);
                }
                yield new Output(kind == 'O', in.readNBytes(length));
            }
            case 'X' -> new Exited(in.readInt(), in.readInt() == 1);
            default -> new Gone("unknown frame " + kind);
        };
    }
}
