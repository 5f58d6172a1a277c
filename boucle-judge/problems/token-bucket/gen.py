"""Writes tests/N.in and N.out; answers come from solutions/main.py. Run: python3 gen.py"""
import random
import subprocess

random.seed(17)


def log(capacity, period, requests):
    return "%d %d %d\n" % (capacity, period, len(requests)) + "".join("%d %s %d\n" % r for r in requests)


def busy(capacity, period, n, clients, span, max_cost):
    times = sorted(random.randint(0, span) for _ in range(n))
    names = ["c%d" % i for i in range(clients)]
    return log(capacity, period, [(t, random.choice(names), random.randint(1, max_cost)) for t in times])


cases = [
    log(2, 10, [(0, "a", 1), (1, "a", 1), (2, "a", 1), (12, "a", 1)]),
    log(1, 1, [(5, "solo", 1)]),
    log(3, 5, [(0, "a", 5), (0, "b", 3), (0, "b", 1)]),  # a cost above capacity is always rejected
    log(2, 10, [(0, "a", 2), (35, "a", 1), (36, "a", 1), (39, "a", 1), (40, "a", 1)]),  # partial period carried
    log(2, 10, [(0, "a", 1), (100, "a", 1), (105, "a", 1), (109, "a", 1)]),  # a full bucket keeps no progress
    log(10**9, 1, [(0, "x", 10**9), (10**15, "x", 1), (10**15, "y", 10**9)]),  # long silence, huge counts
    busy(5, 7, 300, 4, 3000, 3),
    busy(100, 3, 1500, 50, 100000, 40),
    busy(20, 2, 4000, 3, 30000, 5),
    log(3, 1, [(i * 10**10, "z%d" % (i % 5), 1) for i in range(2000)]),  # gaps of 10^10 periods
]
for i, text in enumerate(cases, 1):
    with open("tests/%d.in" % i, "w") as f:
        f.write(text)
    answer = subprocess.run(["python3", "solutions/main.py"], input=text, capture_output=True, text=True, check=True)
    with open("tests/%d.out" % i, "w") as f:
        f.write(answer.stdout)
