package dev.boucle.judge.attack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.judge.support.AttackTest;
import dev.boucle.judge.support.SandboxFixture;
import dev.boucle.judge.verdict.Verdict;
import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** Filling stdout, the disk, or places outside the sandbox's scratch space. */
class OutputAndDiskAttacksTest extends AttackTest {

    @Test
    void stdoutFloodIsCutAtTheOutputLimit() {
        String flood = "#include <cstdio>\nint main(){ for(;;) fputs(\"flood flood flood flood\\n\", stdout); }\n";
        assertVerdict(attack(safeProblem().outputLimitKb(256), "cpp", flood), Verdict.OLE);
    }

    @Test
    void stderrFloodDoesNotHangTheJudge() {
        String flood = "import sys\nfor _ in range(200000):\n    sys.stderr.write('e' * 100)\nprint('SAFE')\n";
        assertVerdict(attack(safeProblem().timeLimitMs(5000), "python", flood), Verdict.AC);
    }

    @Test
    void diskFillIsBoundedByTmpfsSizeAndFileSizeLimit() throws IOException {
        FileStore hostDisk = Files.getFileStore(SandboxFixture.workBase().getParent());
        long freeBefore = hostDisk.getUsableSpace();
        String fill = """
                #include <cstdio>
                #include <csignal>
                int main() {
                    signal(SIGXFSZ, SIG_IGN);
                    static char block[1 << 20];
                    const char* places[] = {"/tmp/fill", "fill", "/dev/shm/fill", "/box/fill", "/fill"};
                    for (const char* place : places) {
                        FILE* f = fopen(place, "w");
                        if (!f) continue;
                        for (int i = 0; i < 4096; i++) if (fwrite(block, 1, sizeof block, f) != sizeof block) break;
                        fclose(f);
                    }
                    puts("SAFE");
                }
                """;
        assertVerdict(attack(safeProblem().memoryLimitMb(256), "cpp", fill), Verdict.AC, Verdict.MLE);
        // Nothing was written to the host's disk (allow for unrelated activity on a shared machine).
        assertThat(hostDisk.getUsableSpace()).isGreaterThan(freeBefore - (256L << 20));
    }

    @Test
    void fileLargerThanTheFileSizeLimitKillsWithSigxfsz() {
        String big = """
                #include <cstdio>
                int main() {
                    FILE* f = fopen("/tmp/big", "w");
                    static char block[1 << 20];
                    for (int i = 0; i < 200; i++) fwrite(block, 1, sizeof block, f);
                    fclose(f);
                    puts("SAFE");
                }
                """;
        // 200 MiB > fileSizeMb (64): SIGXFSZ ends the run, reported as output limit.
        assertVerdict(attack(safeProblem().memoryLimitMb(512), "cpp", big), Verdict.OLE);
    }

    @Test
    void fallocateCannotReserveHostDisk() {
        String reserve = """
                import os
                for path in ("/tmp/huge", "/dev/shm/huge"):
                    try:
                        fd = os.open(path, os.O_CREAT | os.O_RDWR)
                        os.posix_fallocate(fd, 0, 50 << 30)
                        print("LEAK")
                    except OSError:
                        pass
                print("SAFE")
                """;
        assertVerdict(attack(safeProblem(), "python", reserve), Verdict.AC);
    }

    @Test
    void writingOutsideTheScratchSpaceFails() throws IOException {
        var canaryDir = SandboxFixture.newDir("canary");
        String attack = """
                import os
                targets = ["/usr/pwned", "/etc/pwned", "/pwned", "/box/pwned", "/src/pwned", "/src/main.py",
                           "%s/pwned", "/proc/sys/kernel/hostname"]
                leaked = []
                for t in targets:
                    try:
                        with open(t, "w") as f:
                            f.write("x")
                        leaked.append(t)
                    except OSError:
                        pass
                print("SAFE" if not leaked else "LEAK " + " ".join(leaked))
                """.formatted(canaryDir);
        assertVerdict(attack(safeProblem(), "python", attack), Verdict.AC);
        try (var files = Files.list(canaryDir)) {
            assertThat(files).isEmpty();
        }
    }
}
