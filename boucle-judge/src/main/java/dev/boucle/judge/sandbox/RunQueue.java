package dev.boucle.judge.sandbox;

import dev.boucle.judge.sandbox.cgroup.Cgroup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How long a test's processes waited for a CPU while ready to run (the second field of
 * /proc/PID/schedstat, the longest of them). The wall clock is for programs that sleep or block;
 * one that only waited for a core on a loaded host gets that time back, and its CPU limit still
 * bounds it.
 */
final class RunQueue {
    private RunQueue() {
    }

    /** 0 where the kernel does not tell (no schedstat, or the processes are gone). */
    static long longestWaitNanos(Cgroup test) {
        long longest = 0;
        for (long pid : test.processes()) {
            try {
                String[] fields = Files.readString(Path.of("/proc", Long.toString(pid), "schedstat")).trim().split("\\s+");
                if (fields.length >= 2) {
                    longest = Math.max(longest, Long.parseLong(fields[1]));
                }
            } catch (IOException | RuntimeException e) {
                // Gone meanwhile: no credit.
            }
        }
        return longest;
    }
}
