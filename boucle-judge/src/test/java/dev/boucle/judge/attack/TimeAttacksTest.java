package dev.boucle.judge.attack;

import dev.boucle.judge.support.AttackTest;
import dev.boucle.judge.verdict.Verdict;
import org.junit.jupiter.api.Test;

/** Programs that never finish, with and without using CPU. */
class TimeAttacksTest extends AttackTest {

    @Test
    void infiniteLoop() {
        assertVerdict(attack(safeProblem().timeLimitMs(500), "cpp", "int main(){ for(volatile int i = 0;; i++); }\n"),
                Verdict.TLE);
    }

    @Test
    void infiniteLoopSpreadOverThreadsStillCountsAllCpu() {
        String spin = """
                public class Main {
                    public static void main(String[] args) {
                        for (int i = 0; i < 4; i++) new Thread(() -> { long x = 0; while (true) x++; }).start();
                    }
                }
                """;
        assertVerdict(attack(safeProblem().timeLimitMs(500), "java", spin), Verdict.TLE);
    }

    @Test
    void sleepIsCaughtByTheWallClock() {
        assertVerdict(attack(safeProblem().timeLimitMs(300), "python", "import time\ntime.sleep(3600)\n"), Verdict.TLE);
    }

    @Test
    void blockedReadIsCaughtByTheWallClock() {
        // A FIFO nobody writes to blocks forever without using CPU.
        String block = "import os\nos.mkfifo('/tmp/f')\nopen('/tmp/f').read()\nprint('SAFE')\n";
        assertVerdict(attack(safeProblem().timeLimitMs(300), "python", block), Verdict.TLE);
    }

    @Test
    void readingStdinPastItsEndDoesNotHang() {
        // stdin is a pipe the judge closes after the input: EOF, not a hang.
        String read = "import sys\ndata = sys.stdin.read()\nprint('SAFE')\n";
        assertVerdict(attack(safeProblem(), "python", read), Verdict.AC);
    }
}
