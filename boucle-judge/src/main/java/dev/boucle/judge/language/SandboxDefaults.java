package dev.boucle.judge.language;

/** Limits that apply to every run regardless of language, from the {@code defaults} block. */
public record SandboxDefaults(int tmpSizeMb, int fileSizeMb, int openFiles, int maxProcesses, int stderrKb) {
    public SandboxDefaults {
        if (tmpSizeMb <= 0 || fileSizeMb <= 0 || openFiles <= 0 || maxProcesses <= 0 || stderrKb <= 0) {
            throw new IllegalArgumentException("sandbox defaults must be positive");
        }
    }
}
