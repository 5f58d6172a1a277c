"""Writes tests/*.json; expected values come from the reference solution. Run: python3 gen.py"""
import json
import random
import sys

sys.dont_write_bytecode = True  # keep solutions/ free of __pycache__
sys.path.insert(0, "solutions")
from solution import Solution  # noqa: E402

random.seed(7)


def shuffled(parents, loads):
    """Relabels employees randomly so that no order can be assumed."""
    n = len(parents)
    perm = list(range(n))
    random.shuffle(perm)
    manager, load = [0] * n, [0] * n
    for old in range(n):
        manager[perm[old]] = -1 if parents[old] < 0 else perm[parents[old]]
        load[perm[old]] = loads[old]
    return manager, load


def random_tree(n, lo, hi):
    return shuffled([-1] + [random.randrange(i) for i in range(1, n)], [random.randint(lo, hi) for _ in range(n)])


def line(n, lo, hi):
    # Each employee's manager has the previous label, so a scan in label order moves one step.
    parents = [-1] + [i - 1 for i in range(1, n)]
    return parents, [random.randint(lo, hi) for _ in range(n)]


cases = [
    ([-1, 0, 0, 1], [5, -2, 3, 4]),
    ([-1], [-7]),
    ([-1], [10**9]),
    ([1, -1, 1], [-5, -1, -3]),  # every child makes things worse
    shuffled([-1, 0, 1, 2, 3], [10**9] * 5),  # sums beyond 32 bits
    random_tree(50, -10, 10),
    random_tree(2000, -1000, 1000),
    shuffled(*line(200, -5, 5)),
    line(12000, -9, 9),
    random_tree(4000, -1000, 1000),
]
for i, (manager, load) in enumerate(cases, 1):
    with open("tests/%d.json" % i, "w") as f:
        json.dump({"args": [manager, load], "expected": Solution().heaviestChains(manager, load)}, f,
                  separators=(",", ":"))
