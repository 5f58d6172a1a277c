"""Writes tests/*.json; expected values come from the reference solution. Run: python3 gen.py"""
import json
import random
import sys

sys.dont_write_bytecode = True  # keep solutions/ free of __pycache__
sys.path.insert(0, "solutions")
from solution import Solution  # noqa: E402

random.seed(20261129)
cases = [
    ([3, 5, 4, 9, 8, 8, 10], 2),
    ([], 5),
    ([7], 0),
    ([4, 4, 4, 4], 0),
    ([1, 2, 3, 4, 5], 2),  # spread exactly k is calm
    ([-2 * 10**9, 2 * 10**9, 0], 2 * 10**9),  # overflow trap
    ([-2 * 10**9, 2 * 10**9, -2 * 10**9], 2 * 10**9),
    ([random.randint(-20, 20) for _ in range(300)], 7),
]
walk, t = [], 0
for _ in range(40000):  # a random walk keeps windows long: naive scans are quadratic
    t += random.choice((-1, 1))
    walk.append(t)
cases.append((walk, 60))
cases.append(([random.randint(0, 9) for _ in range(30000)], 9))
for i, (temps, k) in enumerate(cases, 1):
    with open("tests/%d.json" % i, "w") as f:
        json.dump({"args": [temps, k], "expected": Solution().longestCalmStretch(temps, k)}, f, separators=(",", ":"))
