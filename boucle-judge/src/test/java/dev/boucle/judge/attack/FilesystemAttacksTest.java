package dev.boucle.judge.attack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.judge.support.AttackTest;
import dev.boucle.judge.support.SandboxFixture;
import dev.boucle.judge.support.TestProblem;
import dev.boucle.judge.verdict.JudgeResult;
import dev.boucle.judge.verdict.Verdict;
import dev.boucle.judge.workspace.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Reading what the sandbox must not see, and leaving traps for the host or later tests. */
class FilesystemAttacksTest extends AttackTest {

    /** Python that tries to read each path (globs allowed) and prints SAFE when none is readable. */
    private static String readAny(String... paths) {
        return """
                import glob
                found = []
                for pattern in %s:
                    for path in glob.glob(pattern) or [pattern]:
                        try:
                            with open(path, "rb") as f:
                                found.append(path + "=" + f.read(64).decode("latin-1"))
                        except OSError:
                            pass
                print("SAFE" if not found else "LEAK " + repr(found))
                """.formatted(pythonList(paths));
    }

    private static String pythonList(String... items) {
        StringBuilder out = new StringBuilder("[");
        for (String item : items) {
            out.append('"').append(item.replace("\\", "\\\\").replace("\"", "\\\"")).append("\",");
        }
        return out.append(']').toString();
    }

    @Test
    void cannotReadEtcShadowOrOtherHostSecrets() {
        assertVerdict(attack(safeProblem(), "python",
                readAny("/etc/shadow", "/etc/passwd", "/root/*", "/home/*/*", "/var/lib/*/*")),
                Verdict.AC);
    }

    @Test
    void judgesEnvironmentDoesNotLeakIntoTheSandbox() {
        // The test JVM has JAVA_HOME and HOME=/root set; none of it may be visible to any process inside.
        String env = """
                import glob
                leaked = []
                for path in glob.glob("/proc/*/environ"):
                    try:
                        data = open(path, "rb").read()
                    except OSError:
                        continue
                    if b"JAVA_HOME" in data or b"HOME=/root" in data or b"MAVEN" in data:
                        leaked.append(path)
                print("SAFE" if not leaked else "LEAK")
                """;
        assertVerdict(attack(safeProblem(), "python", env), Verdict.AC);
    }

    @Test
    void cannotReadTheApplicationsDataDirectory() throws Exception {
        Path appData = SandboxFixture.newDir("app-data");
        Files.writeString(appData.resolve("boucle.db"), "candidate emails and scores");
        assertVerdict(attack(safeProblem(), "python", readAny(appData + "/*", appData + "/boucle.db")), Verdict.AC);
    }

    @Test
    void cannotReadAnotherSubmissionsWorkDirectory() throws Exception {
        try (Workspace other = Workspace.create(SandboxFixture.workBase(), OptionalInt.empty())) {
            other.writeSource("main.py", "print('secret solution')".getBytes(StandardCharsets.UTF_8));
            JudgeResult result = attack(safeProblem(), "python",
                    readAny(other.src() + "/main.py", SandboxFixture.workBase() + "/*/src/*", "/tmp/*"));
            assertVerdict(result, Verdict.AC);
        }
    }

    @Test
    void cannotFindTheHiddenExpectedOutput() {
        // If the answer file were reachable, printing it would earn AC. It must earn WA.
        TestProblem problem = TestProblem.create().test("1", "", "HIDDEN-ANSWER-7f3a\n");
        String hunt = """
                import os
                for root, dirs, files in os.walk("/"):
                    if root.startswith(("/proc", "/sys", "/usr", "/dev")):
                        dirs[:] = []
                        continue
                    for name in files:
                        try:
                            data = open(os.path.join(root, name), "rb").read(4096)
                        except OSError:
                            continue
                        if b"HIDDEN-ANSWER" in data:
                            print(data.decode().strip())
                            raise SystemExit(0)
                for fd in range(3, 64):
                    try:
                        data = os.read(fd, 4096)
                        if b"HIDDEN-ANSWER" in data:
                            print(data.decode().strip())
                            raise SystemExit(0)
                    except OSError:
                        pass
                print("NOTFOUND")
                """;
        JudgeResult result = attack(problem, "python", hunt);
        assertVerdict(result, Verdict.WA);
    }

    @Test
    void symlinksPlantedInTheSandboxNeverRedirectTheHost() throws Exception {
        // Judge0 CVE-2024-28185/28189: the host wrote a "run" script / read output files through
        // links the submission had planted. Here the judge reads and writes no sandbox-writable file
        // and /box is read-only at run time; planting links must change nothing.
        Path canary = SandboxFixture.newDir("canary").resolve("host-file");
        Files.writeString(canary, "original");
        String plant = """
                import os
                for name in ["run", "run.sh", "input", "output", "stdout", "main.py", "a.out"]:
                    for base in ["/tmp", "/box", "/src", "."]:
                        try:
                            os.symlink("%s", os.path.join(base, name))
                        except OSError:
                            pass
                print("SAFE")
                """.formatted(canary);
        TestProblem twoTests = safeProblem().test("2", "", "SAFE\n");
        assertVerdict(attack(twoTests, "python", plant), Verdict.AC);
        assertThat(Files.readString(canary)).isEqualTo("original");
    }

    @Test
    void filesPlantedByOneTestAreGoneInTheNext() {
        // Each test gets a fresh /tmp and /dev/shm and a read-only /box: a test cannot leave
        // answers, or a patched binary, for the next one.
        String plantOrDetect = """
                import os
                places = ["/tmp/planted", "/dev/shm/planted", "/box/planted", "/box/main", "planted"]
                if any(os.path.exists(p) and not p.endswith("main") for p in places):
                    print("DIRTY")
                else:
                    for p in places:
                        try:
                            with open(p, "a") as f:
                                f.write("answer cache")
                        except OSError:
                            pass
                    print("SAFE")
                """;
        TestProblem problem = safeProblem().test("2", "", "SAFE\n").test("3", "", "SAFE\n");
        assertVerdict(attack(problem, "python", plantOrDetect), Verdict.AC);
    }

    @Test
    void kernelStateLeftByOneTestIsGoneInTheNext() {
        // Tests of one submission may share a sandbox: SysV IPC, message queues, keyrings, extended
        // attributes on /tmp and the attributes of the sandbox's own PID 1 must not carry anything over.
        String plantOrDetect = """
                import ctypes, os, platform, resource
                libc = ctypes.CDLL(None, use_errno=True)
                add_key, request_key = {"x86_64": (248, 249), "aarch64": (217, 218)}[platform.machine()]
                libc.syscall.restype = ctypes.c_long
                found = []
                if libc.shmget(0x5eed, 0, 0) != -1: found.append("sysv shm")
                if libc.semget(0x5eed, 0, 0) != -1: found.append("sysv sem")
                if libc.msgget(0x5eed, 0) != -1: found.append("sysv msg")
                if libc.mq_open(b"/boucle", os.O_RDONLY) != -1: found.append("mqueue")
                if libc.syscall(request_key, b"user", b"boucle", None, 0) > 0: found.append("keyring")
                try:
                    os.getxattr("/tmp", "user.boucle"); found.append("xattr")
                except OSError:
                    pass
                if os.getpriority(os.PRIO_PROCESS, 0) != 0: found.append("nice")
                if resource.getrlimit(resource.RLIMIT_NOFILE)[1] == 100: found.append("rlimit")
                libc.shmget(0x5eed, 4096, 0o1600); libc.semget(0x5eed, 1, 0o1600); libc.msgget(0x5eed, 0o1600)
                libc.mq_open(b"/boucle", os.O_CREAT | os.O_RDWR, 0o600, None)
                libc.syscall(add_key, b"user", b"boucle", b"answer", 6, -4)
                for plant in (lambda: os.setxattr("/tmp", "user.boucle", b"answer"),
                              lambda: os.setpriority(os.PRIO_PROCESS, 1, 5),
                              lambda: resource.prlimit(1, resource.RLIMIT_NOFILE, (100, 100))):
                    try:
                        plant()
                    except OSError:
                        pass
                print("DIRTY " + ",".join(found) if found else "SAFE")
                """;
        TestProblem problem = safeProblem().test("2", "", "SAFE\n").test("3", "", "SAFE\n");
        assertVerdict(attack(problem, "python", plantOrDetect), Verdict.AC);
    }

    @Test
    void compiledBinaryCannotBeRewrittenByItsOwnRun() {
        String patch = """
                #include <cstdio>
                int main() {
                    FILE* self = fopen("/box/main", "r+");
                    puts(self ? "LEAK" : "SAFE");
                }
                """;
        assertVerdict(attack(safeProblem().test("2", "", "SAFE\n"), "cpp", patch), Verdict.AC);
    }
}
