package dev.boucle.judge.attack;

import dev.boucle.judge.support.AttackTest;
import dev.boucle.judge.support.TestProblem;
import dev.boucle.judge.verdict.Verdict;
import org.junit.jupiter.api.Test;

/** Attacks on the process table and on the judge's own processes. */
class ProcessAttacksTest extends AttackTest {

    @Test
    void forkBombIsCappedByThePidsLimitAndStoppedByCpuTime() {
        String bomb = """
                import os
                while True:
                    try:
                        os.fork()
                    except OSError:
                        pass
                """;
        assertVerdict(attack(safeProblem().timeLimitMs(1000), "python", bomb), Verdict.TLE);
    }

    @Test
    void theProgramIsNobodyInsideItsNamespaceWhoeverRunsTheJudge() {
        // Prints SAFE only as uid and gid 65534, with no supplementary group of the judge's.
        String whoami = """
                import os
                if os.getuid() == 65534 and os.getgid() == 65534 and set(os.getgroups()) <= {65534}:
                    print("SAFE")
                else:
                    print(os.getuid(), os.getgid(), os.getgroups())
                """;
        assertVerdict(attack(safeProblem(), "python", whoami), Verdict.AC);
    }

    @Test
    void setsidAndDoubleForkEscapeeIsKilledWithTheRun() {
        // The grandchild leaves the session and process group, the parent exits at once with the
        // right answer; the escapee must not survive the test (HostSnapshot checks for it).
        String escape = """
                import os, time
                if os.fork() == 0:
                    os.setsid()
                    if os.fork() == 0:
                        while True:
                            time.sleep(0.05)
                    os._exit(0)
                print("SAFE")
                """;
        assertVerdict(attack(safeProblem(), "python", escape), Verdict.AC);
    }

    /**
     * Thread creation fails at the pids limit; the main thread dies of "unable to create native
     * thread" while the threads it did start keep the JVM alive, so the run ends on the wall clock
     * (TLE) or, if the JVM gives up first, as RE. Either way nothing escapes the cgroup.
     */
    @Test
    void javaThreadBombHitsThePidsLimit() {
        String bomb = """
                public class Main {
                    public static void main(String[] args) throws Exception {
                        while (true) {
                            Thread t = new Thread(() -> { try { Thread.sleep(60_000); } catch (InterruptedException e) { } });
                            t.start();
                        }
                    }
                }
                """;
        assertVerdict(attack(safeProblem(), "java", bomb), Verdict.TLE, Verdict.RE);
    }

    @Test
    void signallingTheParentDoesNothing() {
        // Inside the PID namespace the parent is bubblewrap's init (pid 1), which ignores
        // SIGSTOP and SIGKILL sent from within; the judge's processes are not even visible.
        String signals = """
                import os, signal
                for pid in {os.getppid(), 1}:
                    for sig in (signal.SIGSTOP, signal.SIGKILL):
                        try:
                            os.kill(pid, sig)
                        except OSError:
                            pass
                print("SAFE")
                """;
        assertVerdict(attack(safeProblem(), "python", signals), Verdict.AC);
    }

    @Test
    void stoppingItselfEndsInWallClockTimeout() {
        String stop = "import os, signal\nos.kill(os.getpid(), signal.SIGSTOP)\nprint('SAFE')\n";
        assertVerdict(attack(safeProblem().timeLimitMs(500), "python", stop), Verdict.TLE);
    }

    @Test
    void killingEveryVisibleProcessOnlyKillsItself() {
        String killAll = "import os, signal\nos.kill(-1, signal.SIGKILL)\nprint('SAFE')\n";
        assertVerdict(attack(safeProblem(), "python", killAll), Verdict.RE, Verdict.AC);
    }
}
