package dev.boucle.judge.sandbox.cgroup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Small helpers for cgroupfs, whose files are read and written whole. */
final class CgroupFiles {
    private CgroupFiles() {
    }

    static void write(Path file, String value) {
        try {
            Files.writeString(file, value, StandardCharsets.US_ASCII, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    static boolean tryWrite(Path file, String value) {
        try {
            write(file, value);
            return true;
        } catch (UncheckedIOException e) {
            return false;
        }
    }

    static Optional<String> read(Path file) {
        try {
            return Optional.of(Files.readString(file, StandardCharsets.US_ASCII).trim());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static long readLong(Path file) {
        return read(file).map(CgroupFiles::parseLongOrMinusOne).orElse(-1L);
    }

    /** Value of "key N" in a flat keyed file such as memory.events or cpu.stat. */
    static long keyed(Path file, String key) {
        return read(file).stream()
                .flatMap(String::lines)
                .map(line -> line.split("\\s+"))
                .filter(parts -> parts.length == 2 && parts[0].equals(key))
                .mapToLong(parts -> parseLongOrMinusOne(parts[1]))
                .findFirst()
                .orElse(-1L);
    }

    static List<Long> pids(Path procsFile) {
        return read(procsFile).stream()
                .flatMap(String::lines)
                .filter(line -> !line.isBlank())
                .map(CgroupFiles::parseLongOrMinusOne)
                .filter(pid -> pid > 0)
                .toList();
    }

    static void sigkill(long pid) {
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
    }

    static boolean awaitEmpty(Path procsFile, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (pids(procsFile).isEmpty()) {
                return true;
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
            sleep(2);
        }
    }

    /** rmdir, retried briefly: the kernel may still be tearing down the last task. */
    static void removeDir(Path dir) {
        for (int attempt = 0; attempt < 50; attempt++) {
            try {
                Files.deleteIfExists(dir);
                return;
            } catch (IOException e) {
                sleep(10);
            }
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long parseLongOrMinusOne(String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }
}
