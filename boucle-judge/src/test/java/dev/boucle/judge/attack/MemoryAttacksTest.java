package dev.boucle.judge.attack;

import dev.boucle.judge.support.AttackTest;
import dev.boucle.judge.support.TestProblem;
import dev.boucle.judge.verdict.Verdict;
import org.junit.jupiter.api.Test;

/** Ways to use more memory than allowed; the cgroup (or -Xmx for Java) must catch each. */
class MemoryAttacksTest extends AttackTest {
    private static TestProblem limited() {
        return TestProblem.create().memoryLimitMb(64).timeLimitMs(3000).test("1", "", "SAFE\n");
    }

    @Test
    void javaHeapBomb() {
        String bomb = """
                import java.util.*;
                public class Main {
                    public static void main(String[] args) {
                        List<long[]> hoard = new ArrayList<>();
                        while (true) hoard.add(new long[1 << 20]);
                    }
                }
                """;
        assertVerdict(attack(limited(), "java", bomb), Verdict.MLE);
    }

    @Test
    void cppHeapBomb() {
        String bomb = """
                #include <cstdlib>
                #include <cstring>
                int main() {
                    for (;;) { char* p = (char*) malloc(1 << 20); if (!p) return 3; memset(p, 1, 1 << 20); }
                }
                """;
        assertVerdict(attack(limited(), "cpp", bomb), Verdict.MLE);
    }

    @Test
    void cppStaticArrayBomb() {
        String bomb = """
                #include <cstring>
                static char big[512 << 20];
                int main() { memset(big, 1, sizeof big); return big[12345]; }
                """;
        assertVerdict(attack(limited(), "cpp", bomb), Verdict.MLE);
    }

    @Test
    void stackBombIsMemoryOrCrash() {
        // Unbounded recursion: either the stack rlimit (SIGSEGV, RE) or the cgroup (MLE) stops it,
        // whichever the kernel hits first; both are correct, neither may hurt the host.
        String bomb = """
                #include <cstdio>
                int deep(int n) { volatile char pad[4096]; pad[0] = n; return deep(n + 1) + pad[0]; }
                int main() { printf("%d\\n", deep(0)); }
                """;
        assertVerdict(attack(limited(), "cpp", bomb), Verdict.RE, Verdict.MLE);
    }

    @Test
    void pythonRecursionBomb() {
        String bomb = "import sys\nsys.setrecursionlimit(10**8)\ndef f(n):\n    return f(n + 1) + 1\nprint(f(0))\n";
        assertVerdict(attack(limited(), "python", bomb), Verdict.RE, Verdict.MLE);
    }

    @Test
    void sysvSharedMemoryOutsideTheLimitIsChargedAndDiscarded() {
        // shmget segments outlive their creator on a normal host; here they live in the run's
        // private IPC namespace, are charged to its cgroup, and vanish with it.
        String shm = """
                import ctypes
                libc = ctypes.CDLL(None, use_errno=True)
                libc.shmat.restype = ctypes.c_void_p
                for _ in range(64):
                    sid = libc.shmget(0, 16 << 20, 0o1600)
                    if sid < 0:
                        break
                    addr = libc.shmat(sid, None, 0)
                    if addr in (None, ctypes.c_void_p(-1).value):
                        break
                    ctypes.memset(addr, 1, 16 << 20)
                print("SAFE")
                """;
        assertVerdict(attack(limited(), "python", shm), Verdict.MLE);
    }

    @Test
    void posixSharedMemoryIsBoundedToo() {
        String shm = """
                import os
                fd = os.open("/dev/shm/hoard", os.O_CREAT | os.O_RDWR)
                chunk = b"x" * (1 << 20)
                try:
                    for _ in range(1024):
                        os.write(fd, chunk)
                except OSError:
                    pass
                print("SAFE")
                """;
        // /dev/shm is a private tmpfs of tmpSizeMb (64): writes stop with ENOSPC or the cgroup
        // OOM-kills first; the host's /dev/shm is untouched either way (HostSnapshot).
        assertVerdict(attack(limited(), "python", shm), Verdict.AC, Verdict.MLE);
    }
}
