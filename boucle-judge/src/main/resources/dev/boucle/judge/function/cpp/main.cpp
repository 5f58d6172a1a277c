// boucle-judge function harness (template): reads the tests, runs each with a CPU watchdog and
// reports on a private copy of stdout. Compiled apart from the candidate's code.
#include "boucle_harness.hpp"

#include <csignal>
#include <cstring>
#include <ctime>
#include <exception>
#include <string>
#include <sys/time.h>
#include <unistd.h>

namespace {
int result_fd = -1;
char timeout_line[128];
size_t timeout_length = 0;

void write_all(const std::string& s) {
    size_t done = 0;
    while (done < s.size()) {
        ssize_t n = write(result_fd, s.data() + done, s.size() - done);
        if (n <= 0) _exit(3);
        done += (size_t) n;
    }
}

// Async-signal-safe: the line was formatted before the test started.
void on_timeout(int) {
    ssize_t ignored = write(result_fd, timeout_line, timeout_length);
    (void) ignored;
    _exit(0);
}

long long micros(clockid_t clock) {
    timespec t{};
    clock_gettime(clock, &t);
    return (long long) t.tv_sec * 1000000 + t.tv_nsec / 1000;
}

void set_timer(long ms) {
    itimerval t{};
    t.it_value.tv_sec = ms / 1000;
    t.it_value.tv_usec = (ms % 1000) * 1000;
    setitimer(ITIMER_PROF, &t, nullptr);
}
}  // namespace

int main() {
    std::string data;
    char buf[1 << 16];
    for (ssize_t n; (n = read(0, buf, sizeof buf)) > 0;) data.append(buf, (size_t) n);
    // Results go to a private copy of stdout; the candidate's prints end up on stderr.
    result_fd = dup(1);
    dup2(2, 1);
    boucle_harness::Reader in{data};
    const std::string tag = in.token();
    const long budget_ms = std::strtol(in.token().c_str(), nullptr, 10);
    const int count = (int) std::strtol(in.token().c_str(), nullptr, 10);
    struct sigaction action{};
    action.sa_handler = on_timeout;
    sigaction(SIGPROF, &action, nullptr);
    for (int k = 0; k < count; k++) {
        auto call = boucle_harness::prepare(in);
        write_all(tag + " B " + std::to_string(k) + "\n");
        timeout_length = (size_t) std::snprintf(timeout_line, sizeof timeout_line, "%s T %d %ld000 %ld000\n",
                                                tag.c_str(), k, budget_ms, budget_ms);
        long long cpu0 = micros(CLOCK_PROCESS_CPUTIME_ID);
        long long wall0 = micros(CLOCK_MONOTONIC);
        std::string kind = "R";
        boucle_harness::Json out;
        set_timer(budget_ms);
        try {
            call(out);
        } catch (const std::exception& e) {
            kind = "E";
            out.text.clear();
            out.quote(std::string(e.what()).substr(0, 300));
        } catch (...) {
            kind = "E";
            out.text.clear();
            out.quote("unknown exception");
        }
        set_timer(0);
        long long cpu = micros(CLOCK_PROCESS_CPUTIME_ID) - cpu0;
        long long wall = micros(CLOCK_MONOTONIC) - wall0;
        write_all(tag + " " + kind + " " + std::to_string(k) + " " + std::to_string(cpu) + " " + std::to_string(wall)
                  + " " + out.text + "\n");
    }
    write_all(tag + " D\n");
    // _exit: the candidate's static destructors and atexit handlers get no say in the result.
    _exit(0);
}
