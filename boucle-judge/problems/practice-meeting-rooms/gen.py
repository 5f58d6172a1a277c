"""Writes tests/*.json; expected values come from the reference solution, checked against a
brute force on small cases. Run: python3 gen.py"""
import json
import random
import sys

sys.dont_write_bytecode = True  # keep solutions/ free of __pycache__
sys.path.insert(0, "solutions")
from solution import Solution  # noqa: E402

random.seed(20270106)


def brute(meetings):
    return max((sum(1 for a, b in meetings if a <= s < b) for s, _ in meetings), default=0)


def meetings(n, span, longest):
    out = []
    for _ in range(n):
        s = random.randint(0, span)
        out.append([s, s + random.randint(1, longest)])
    return out


chain = [[i, i + 1] for i in range(50)]
random.shuffle(chain)
cases = [
    [[1, 5], [2, 4], [4, 7], [6, 8], [3, 6]],
    [],
    [[0, 1]],
    chain,  # back to back all day: one room
    [[5, 9]] * 6,  # the same meeting six times
    [[0, 100], [10, 90], [20, 80], [30, 70], [95, 99], [100, 200]],  # nested, then a room freed at 100
    [[0, 10**9], [0, 1], [10**9 - 1, 10**9]],
    [[0, 10], [1, 2], [3, 4], [5, 6], [7, 8]],  # short meetings inside a long one
    meetings(500, 2000, 100),
    meetings(100000, 10**6, 500),  # ~50 overlapping at a time: counting per meeting is quadratic
    meetings(70000, 10**9 - 10**8, 10**8),  # long meetings: thousands of rooms (70000 keeps the file under 1.6 MB)
    [[i, 100000] for i in range(100000)],  # every meeting still running at 99999
]
for i, case in enumerate(cases, 1):
    expected = Solution().minRooms(case)
    if len(case) <= 500:
        assert expected == brute(case), i
    with open("tests/%d.json" % i, "w") as f:
        json.dump({"args": [case], "expected": expected}, f, separators=(",", ":"))
