# boucle-judge function harness (template). The candidate's code is /src/solution.py, loaded
# only after every input byte has been read; nothing here comes from the candidate.
import importlib.util
import json
import os
import signal
import sys
import time


def main():
    data = sys.stdin.buffer.read()
    # Results go to a private copy of the original stdout; the candidate's prints go to stderr.
    results = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    pos = 0

    def token():
        nonlocal pos
        while pos < len(data) and data[pos] <= 32:
            pos += 1
        start = pos
        while pos < len(data) and data[pos] > 32:
            pos += 1
        return data[start:pos].decode("ascii")

    def value(kind):
        nonlocal pos
        if kind in ("int", "long"):
            return int(token())
        if kind == "double":
            return float(token())
        if kind == "bool":
            return token() == "1"
        if kind == "string":
            n = int(token())
            pos += 1
            text = data[pos:pos + n].decode("utf-8")
            pos += n
            return text
        return [value(kind[:-2]) for _ in range(int(token()))]

    tag = token()
    budget = int(token()) / 1000.0
    count = int(token())
    types = [{{TYPES}}]

    def emit(line):
        results.write(tag + " " + line + "\n")
        results.flush()

    try:
        spec = importlib.util.spec_from_file_location("solution", "/src/solution.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        solution_class = module.Solution
    except BaseException as e:  # noqa: B036 - any failure to load is reported, whatever it is
        emit("F " + json.dumps(("%s: %s" % (type(e).__name__, e))[:300]))
        os._exit(0)

    state = {"k": -1, "wall": 0.0}

    # Per-test CPU budget: SIGPROF fires after `budget` seconds of process CPU time. The handler
    # exits directly, so no candidate try/except can swallow it.
    def on_timeout(signum, frame):
        emit("T %d %d %d" % (state["k"], int(budget * 1e6), int((time.perf_counter() - state["wall"]) * 1e6)))
        os._exit(0)

    signal.signal(signal.SIGPROF, on_timeout)
    for k in range(count):
        args = [value(t) for t in types]
        emit("B %d" % k)
        state["k"] = k
        cpu0 = time.process_time()
        state["wall"] = time.perf_counter()
        signal.setitimer(signal.ITIMER_PROF, budget)
        try:
            result = getattr(solution_class(), "{{METHOD}}")({{ARGUMENTS}})
            kind = "R"
        except BaseException as e:  # noqa: B036 - SystemExit and KeyboardInterrupt are the candidate's too
            result = ("%s: %s" % (type(e).__name__, e))[:300]
            kind = "E"
        signal.setitimer(signal.ITIMER_PROF, 0)
        cpu = int((time.process_time() - cpu0) * 1e6)
        wall = int((time.perf_counter() - state["wall"]) * 1e6)
        try:
            payload = json.dumps(result, separators=(",", ":"), allow_nan=False)
        except (TypeError, ValueError) as e:
            kind, payload = "E", json.dumps("unsupported return value: %s" % e)
        emit("%s %d %d %d %s" % (kind, k, cpu, wall, payload))
    emit("D")
    os._exit(0)


main()
