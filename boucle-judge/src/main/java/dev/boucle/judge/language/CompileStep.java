package dev.boucle.judge.language;

import java.util.List;

/** How a language turns /src into runnable files under /box, and the budget for doing so. */
public record CompileStep(List<String> command, int timeLimitMs, int memoryLimitMb, int maxProcesses) {
    public CompileStep {
        command = List.copyOf(command);
        if (command.isEmpty()) {
            throw new IllegalArgumentException("compile command is empty");
        }
        if (timeLimitMs <= 0 || memoryLimitMb <= 0 || maxProcesses <= 0) {
            throw new IllegalArgumentException("compile limits must be positive");
        }
    }
}
