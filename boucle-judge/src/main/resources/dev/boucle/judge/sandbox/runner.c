/*
 * boucle-runner: PID 1 of a sandbox that is reused for every test of one submission.
 *
 * The judge compiles this file once (gcc -O2 -static-pie if possible) into a directory only it can
 * write, and binds the binary read-only into the sandbox. It runs as the sandbox user with no
 * capabilities, in the same namespaces as the tests, so it is trusted only to do what the tests
 * could do to themselves; what it adds is sequencing. Per test it:
 *   1. forks a fresh child that waits until the host has moved it into the test's own cgroup,
 *   2. lets it exec the program with the test's rlimits (and a seccomp filter against keyrings),
 *   3. relays stdin/stdout/stderr over its one pipe pair with the host (framed, see below),
 *   4. once the program exits (or the host says kill), kills every other process in the PID
 *      namespace (kill(-1) from PID 1 spares only itself) and reaps until none is left,
 *   5. wipes /tmp and /dev/shm and removes SysV IPC objects, so nothing survives into the next test,
 *   6. checks that no test changed its own attributes (rlimits, priority, affinity), since a test
 *      runs as the same uid and could use them to pass state along; if one did, it exits and the
 *      host starts a fresh sandbox.
 *
 * Protocol on fd 0 (host to runner): 'T' u64 n, n bytes of stdin: run one test; 'G': go (the child
 * is in its cgroup); 'K': kill the running test. On fd 1 (runner to host): 'F': forked, waiting for
 * 'G'; 'O' u32 n bytes / 'E' u32 n bytes: the test's stdout / stderr; 'X' i32 wait-status,
 * i32 clean (1 = ready for another test, 0 = exiting): the test is over and its traces are gone.
 * Integers are big-endian.
 *
 * Usage: boucle-runner CPU_SECONDS FSIZE STACK NOFILE NPROC DATA -- PROGRAM ARGS...
 * (NPROC and DATA 0 mean "leave as inherited"; they are set only without cgroups.)
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/msg.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <sys/signalfd.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <sys/xattr.h>
#include <unistd.h>

#if defined(__x86_64__)
#define NATIVE_ARCH AUDIT_ARCH_X86_64
#elif defined(__aarch64__)
#define NATIVE_ARCH AUDIT_ARCH_AARCH64
#else
#error "boucle-runner: add this architecture's AUDIT_ARCH value"
#endif

extern char **environ;

static const char *WIPED[] = {"/tmp", "/dev/shm"};
#define NWIPED 2

static struct rlimit start_limits[RLIM_NLIMITS];
static int start_nice;
static int start_policy;
static struct sched_param start_param;
static cpu_set_t start_affinity;
static long start_ioprio;
static mode_t start_modes[NWIPED];
static char buffer[65536];

static void die(const char *what) {
    fprintf(stderr, "boucle-runner: %s: %s\n", what, strerror(errno));
    exit(70);
}

static void write_all(int fd, const void *data, size_t n) {
    const char *p = data;
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) exit(71); /* the host is gone: the sandbox dies with us */
        p += w;
        n -= (size_t) w;
    }
}

static void read_all(int fd, void *data, size_t n) {
    char *p = data;
    while (n > 0) {
        ssize_t r = read(fd, p, n);
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0) exit(0);
        p += r;
        n -= (size_t) r;
    }
}

static void put32(unsigned char *b, uint32_t v) {
    b[0] = v >> 24; b[1] = v >> 16; b[2] = v >> 8; b[3] = v;
}

static void frame(char kind, const char *data, size_t n) {
    unsigned char head[5];
    head[0] = (unsigned char) kind;
    put32(head + 1, (uint32_t) n);
    write_all(1, head, 5);
    write_all(1, data, n);
}

static long ioprio(void) {
    return syscall(SYS_ioprio_get, 1 /* IOPRIO_WHO_PROCESS */, 0);
}

static void snapshot(void) {
    for (int r = 0; r < RLIM_NLIMITS; r++) getrlimit(r, &start_limits[r]);
    errno = 0;
    start_nice = getpriority(PRIO_PROCESS, 0);
    start_policy = sched_getscheduler(0);
    sched_getparam(0, &start_param);
    sched_getaffinity(0, sizeof start_affinity, &start_affinity);
    start_ioprio = ioprio();
}

/* Another process of the same uid may change these on us; any change ends the session. */
static int untouched(void) {
    for (int r = 0; r < RLIM_NLIMITS; r++) {
        struct rlimit now;
        if (getrlimit(r, &now) != 0 || now.rlim_cur != start_limits[r].rlim_cur
            || now.rlim_max != start_limits[r].rlim_max) return 0;
    }
    struct sched_param param;
    cpu_set_t affinity;
    errno = 0;
    int nice = getpriority(PRIO_PROCESS, 0);
    if (nice != start_nice || sched_getscheduler(0) != start_policy) return 0;
    if (sched_getparam(0, &param) != 0 || param.sched_priority != start_param.sched_priority) return 0;
    if (sched_getaffinity(0, sizeof affinity, &affinity) != 0 || !CPU_EQUAL(&affinity, &start_affinity)) return 0;
    return ioprio() == start_ioprio;
}

/* Deletes everything under dirfd without following links; chmod first so 000 directories give way. */
static int wipe_contents(int dirfd) {
    int again = 1, ok = 1;
    while (again) {
        again = 0;
        int copy = dup(dirfd);
        if (copy < 0) return 0;
        DIR *dir = fdopendir(copy);
        if (dir == NULL) { close(copy); return 0; }
        rewinddir(dir);
        struct dirent *e;
        while ((e = readdir(dir)) != NULL) {
            if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
            struct stat st;
            if (fstatat(dirfd, e->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0) continue;
            if (S_ISDIR(st.st_mode)) {
                fchmodat(dirfd, e->d_name, 0700, 0);
                int child = openat(dirfd, e->d_name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
                if (child >= 0) {
                    wipe_contents(child);
                    close(child);
                }
                if (unlinkat(dirfd, e->d_name, AT_REMOVEDIR) != 0) ok = 0;
            } else if (unlinkat(dirfd, e->d_name, 0) != 0) {
                ok = 0;
            }
            again = 1;
        }
        closedir(dir);
        if (!ok) return 0;
    }
    return 1;
}

/* A mount point itself cannot be removed, but its mode and extended attributes can carry state. */
static int reset_root(const char *path, mode_t mode) {
    int fd = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) return 0;
    fchmod(fd, mode);
    int ok = wipe_contents(fd);
    ssize_t n = flistxattr(fd, buffer, sizeof buffer);
    for (ssize_t i = 0; i < n; i += (ssize_t) strlen(buffer + i) + 1) {
        if (fremovexattr(fd, buffer + i) != 0) ok = 0;
    }
    close(fd);
    return ok;
}

/* SysV objects outlive their creators; POSIX message queues are ruled out by RLIMIT_MSGQUEUE = 0. */
static void remove_sysv(const char *table, int kind) {
    FILE *f = fopen(table, "re");
    if (f == NULL) return;
    char line[512];
    if (fgets(line, sizeof line, f) == NULL) { fclose(f); return; }
    while (fgets(line, sizeof line, f) != NULL) {
        long key, id;
        if (sscanf(line, "%ld %ld", &key, &id) != 2) continue;
        if (kind == 0) shmctl((int) id, IPC_RMID, NULL);
        else if (kind == 1) semctl((int) id, 0, IPC_RMID);
        else msgctl((int) id, IPC_RMID, NULL);
    }
    fclose(f);
}

static int clean_up(void) {
    int ok = 1;
    for (int i = 0; i < NWIPED; i++) ok &= reset_root(WIPED[i], start_modes[i]);
    remove_sysv("/proc/sysvipc/shm", 0);
    remove_sysv("/proc/sysvipc/sem", 1);
    remove_sysv("/proc/sysvipc/msg", 2);
    return ok;
}

/* PID 1 calling kill(-1) signals every other process of the namespace: the whole tree of the test. */
static void kill_everything_else(void) {
    for (;;) {
        kill(-1, SIGKILL);
        pid_t p = waitpid(-1, NULL, 0);
        if (p < 0 && errno == ECHILD) return;
    }
}

static void keyring_filter(void) {
    struct sock_filter code[] = {
        BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, arch)),
        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, NATIVE_ARCH, 1, 0),
        BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | ENOSYS),
        BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
#if defined(__x86_64__)
        /* x32 calls share the arch value: refuse them all. */
        BPF_JUMP(BPF_JMP | BPF_JGE | BPF_K, 0x40000000, 3, 0),
#else
        BPF_JUMP(BPF_JMP | BPF_JA, 0, 0, 0),
#endif
        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_keyctl, 2, 0),
        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_add_key, 1, 0),
        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_request_key, 0, 1),
        BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | ENOSYS),
        BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
    };
    struct sock_fprog prog = {sizeof code / sizeof code[0], code};
    if (prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &prog) != 0) {
        perror("boucle-runner: seccomp");
        _exit(126);
    }
}

static void set_limit(int resource, rlim_t soft, rlim_t hard) {
    struct rlimit l = {soft, hard};
    if (setrlimit(resource, &l) != 0) {
        perror("boucle-runner: setrlimit");
        _exit(126);
    }
}

static void child(char **argv, long long *limits, int in, int out, int err, int go) {
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
    signal(SIGPIPE, SIG_DFL);
    setsid();
    if (dup2(in, 0) < 0 || dup2(out, 1) < 0 || dup2(err, 2) < 0) _exit(126);
    char c;
    if (read(go, &c, 1) != 1) _exit(126); /* the host did not place us in a cgroup: never run */
    if (chdir("/tmp") != 0) _exit(126);
    set_limit(RLIMIT_CPU, (rlim_t) limits[0], (rlim_t) limits[0] + 1);
    set_limit(RLIMIT_FSIZE, (rlim_t) limits[1], (rlim_t) limits[1]);
    set_limit(RLIMIT_STACK, (rlim_t) limits[2], (rlim_t) limits[2]);
    set_limit(RLIMIT_NOFILE, (rlim_t) limits[3], (rlim_t) limits[3]);
    if (limits[4] > 0) set_limit(RLIMIT_NPROC, (rlim_t) limits[4], (rlim_t) limits[4]);
    if (limits[5] > 0) set_limit(RLIMIT_DATA, (rlim_t) limits[5], (rlim_t) limits[5]);
    set_limit(RLIMIT_CORE, 0, 0);
    set_limit(RLIMIT_MSGQUEUE, 0, 0);
    keyring_filter();
    execve(argv[0], argv, environ);
    fprintf(stderr, "boucle-runner: cannot run %s: %s\n", argv[0], strerror(errno));
    _exit(127);
}

static int run_test(char **argv, long long *limits, int sigfd) {
    unsigned char head[8];
    read_all(0, head, 8);
    uint64_t n = 0;
    for (int i = 0; i < 8; i++) n = (n << 8) | head[i];
    char *input = malloc(n > 0 ? n : 1);
    if (input == NULL) die("input");
    read_all(0, input, n);

    int in[2], out[2], err[2], go[2];
    if (pipe2(in, O_CLOEXEC) || pipe2(out, O_CLOEXEC) || pipe2(err, O_CLOEXEC) || pipe2(go, O_CLOEXEC)) die("pipe");
    pid_t pid = fork();
    if (pid < 0) die("fork");
    if (pid == 0) child(argv, limits, in[0], out[1], err[1], go[0]);
    close(in[0]); close(out[1]); close(err[1]); close(go[0]);
    write_all(1, "F", 1);
    char c = 0;
    while (c != 'G' && c != 'K') read_all(0, &c, 1);
    if (c == 'G') write_all(go[1], "G", 1);
    close(go[1]);
    if (c == 'K') kill(pid, SIGKILL);

    fcntl(in[1], F_SETFL, O_NONBLOCK);
    uint64_t sent = 0;
    int in_open = 1, out_open = 1, err_open = 1, exited = 0, status = 0, control_open = 1;
    if (n == 0) { close(in[1]); in_open = 0; }
    while (out_open || err_open || !exited) {
        struct pollfd fds[5] = {
            {out_open ? out[0] : -1, POLLIN, 0}, {err_open ? err[0] : -1, POLLIN, 0},
            {in_open ? in[1] : -1, POLLOUT, 0}, {sigfd, POLLIN, 0}, {control_open ? 0 : -1, POLLIN, 0}};
        if (poll(fds, 5, 100) < 0 && errno != EINTR) die("poll");
        for (int i = 0; i < 2; i++) {
            if (fds[i].revents == 0) continue;
            ssize_t r = read(fds[i].fd, buffer, sizeof buffer);
            if (r > 0) frame(i == 0 ? 'O' : 'E', buffer, (size_t) r);
            else if (r == 0 || errno != EINTR) {
                close(fds[i].fd);
                if (i == 0) out_open = 0; else err_open = 0;
            }
        }
        if (in_open && fds[2].revents) {
            ssize_t w = write(in[1], input + sent, n - sent > sizeof buffer ? sizeof buffer : n - sent);
            if (w > 0) sent += (uint64_t) w;
            if ((w < 0 && errno != EAGAIN && errno != EINTR) || sent == n) { close(in[1]); in_open = 0; }
        }
        if (fds[4].revents) {
            ssize_t r = read(0, &c, 1);
            if (r <= 0) { control_open = 0; kill(-1, SIGKILL); }
            else if (c == 'K') kill(-1, SIGKILL);
        }
        struct signalfd_siginfo info;
        while (read(sigfd, &info, sizeof info) > 0) {
        }
        if (!exited && waitpid(pid, &status, WNOHANG) == pid) {
            exited = 1;
            /* The program is done: its leftovers (setsid-ed, double-forked) go with it. */
            kill(-1, SIGKILL);
            if (in_open) { close(in[1]); in_open = 0; }
        }
    }
    free(input);
    kill_everything_else();
    int clean = clean_up() && untouched() && control_open;
    unsigned char tail[9] = {'X'};
    put32(tail + 1, (uint32_t) status);
    put32(tail + 5, (uint32_t) clean);
    write_all(1, tail, 9);
    return clean;
}

int main(int argc, char **argv) {
    if (argc < 9 || strcmp(argv[7], "--") != 0) {
        fprintf(stderr, "usage: boucle-runner CPU FSIZE STACK NOFILE NPROC DATA -- PROGRAM ARGS...\n");
        return 64;
    }
    long long limits[6];
    for (int i = 0; i < 6; i++) limits[i] = atoll(argv[i + 1]);
    /* Not dumpable: a test (same uid) can then neither ptrace us nor read our memory or fds. */
    prctl(PR_SET_DUMPABLE, 0);
    signal(SIGPIPE, SIG_IGN);
    sigset_t chld;
    sigemptyset(&chld);
    sigaddset(&chld, SIGCHLD);
    sigprocmask(SIG_BLOCK, &chld, NULL);
    int sigfd = signalfd(-1, &chld, SFD_NONBLOCK | SFD_CLOEXEC);
    if (sigfd < 0) die("signalfd");
    for (int fd = 3; fd < 1024; fd++) {
        if (fd != sigfd) close(fd);
    }
    for (int i = 0; i < NWIPED; i++) {
        struct stat st;
        if (lstat(WIPED[i], &st) != 0) die(WIPED[i]);
        start_modes[i] = st.st_mode & 07777;
    }
    snapshot();
    for (;;) {
        char command;
        read_all(0, &command, 1);
        if (command == 'T') {
            if (!run_test(argv + 8, limits, sigfd)) return 0;
        }
        /* Anything else ('K' or 'G' racing the end of a test) is stale and ignored. */
    }
}
