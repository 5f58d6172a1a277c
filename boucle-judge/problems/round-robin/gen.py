"""Writes tests/N.in and N.out; answers come from solutions/main.py, checked against a
quantum-by-quantum replay on small cases. Run: python3 gen.py"""
import random
import subprocess

random.seed(23)


def jobs(quantum, pairs):
    return "%d %d\n" % (len(pairs), quantum) + "".join("%d %d\n" % p for p in pairs)


def replay(text):
    return subprocess.run(["python3", "wrong/tle-quantum-by-quantum.py"], input=text, capture_output=True, text=True,
                          check=True).stdout


def rand(n, quantum, amax, bmax):
    return jobs(quantum, [(random.randint(0, amax), random.randint(1, bmax)) for _ in range(n)])


cases = [
    jobs(2, [(0, 3), (1, 2)]),
    jobs(5, [(7, 1)]),  # idle until the only job
    jobs(3, [(0, 3), (3, 3), (3, 1)]),  # arrivals exactly when a run ends
    jobs(4, [(0, 10), (2, 4), (5, 1), (100, 2)]),  # arrivals during a run go before the preempted job
    jobs(10, [(0, 5), (0, 5), (0, 5)]),  # ties: input order
    jobs(1, [(0, 10**12), (10**12, 10**12), (5 * 10**11, 1)]),
    rand(30, 3, 60, 40),
    rand(200, 7, 5000, 3000),
    rand(600, 1, 10**12, 10**12),
    rand(600, 1000, 10**9, 10**12),
]
for i, text in enumerate(cases, 1):
    with open("tests/%d.in" % i, "w") as f:
        f.write(text)
    answer = subprocess.run(["python3", "solutions/main.py"], input=text, capture_output=True, text=True,
                            check=True).stdout
    if i <= 8 and i != 6:  # 6 is too long to replay
        assert answer == replay(text), i
    with open("tests/%d.out" % i, "w") as f:
        f.write(answer)
