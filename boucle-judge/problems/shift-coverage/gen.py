"""Writes tests/*.json; expected values come from the reference solution. Run: python3 gen.py"""
import json
import random
import sys

sys.dont_write_bytecode = True  # keep solutions/ free of __pycache__
sys.path.insert(0, "solutions")
from solution import Solution  # noqa: E402

random.seed(13)


def shifts(n, span, longest):
    out = []
    for _ in range(n):
        s = random.randint(0, span)
        out.append([s, s + random.randint(1, longest)])
    return out


cases = [
    [[5, 8], [1, 3], [3, 4], [7, 10]],
    [],
    [[0, 1]],
    [[0, 2 * 10**9]],  # one shift as long as the constraints allow: 2 * 10^9 minutes
    [[1, 3], [3, 5], [5, 7]],  # touching: one block
    [[1, 10], [2, 3], [4, 5], [1, 10]],  # nested and duplicated
    [[10, 20], [0, 5], [30, 40], [5, 10]],
    shifts(300, 5000, 40),
    shifts(7000, 10**6, 60),  # a long chain of overlaps to merge
    [[i * 3, i * 3 + 2] for i in range(5000)],  # 5000 separate blocks
]
for i, case in enumerate(cases, 1):
    with open("tests/%d.json" % i, "w") as f:
        json.dump({"args": [case], "expected": Solution().coverage(case)}, f, separators=(",", ":"))
