"""Writes tests/*.json; expected values come from the reference solution, checked against a
brute force on small cases. Run: python3 gen.py"""
import json
import random
import sys

sys.dont_write_bytecode = True  # keep solutions/ free of __pycache__
sys.path.insert(0, "solutions")
from solution import Solution  # noqa: E402

random.seed(20270105)
BIG = 10**9


def brute(nums, k, target):
    return sum(1 for j in range(len(nums)) for i in range(max(0, j - k), j) if nums[i] + nums[j] == target)


def rand(n, low, high):
    return [random.randint(low, high) for _ in range(n)]


cases = [
    ([1, 5, 3, 2, 2, 1], 2, 4),
    ([], 3, 0),
    ([5], 1, 10),  # an item never pairs with itself
    ([0] * 6, 2, 0),  # every pair at most 2 apart: 5 + 4
    ([-BIG, -BIG, BIG, BIG, 0, -BIG], 3, -2 * BIG),  # sums beyond 32 bits
    ([BIG, -BIG, BIG, -BIG, BIG], 1, 0),  # adjacent pairs only
    (rand(40, -3, 3), 100000, 1),  # k longer than the list
    (rand(2000, -20, 20), 37, 4),
    ([7] * 100000, 100000, 14),  # ~5 * 10^9 pairs: 32-bit counts overflow, O(n * k) times out
    (rand(100000, -50, 50), 60000, 0),
    (rand(100000, BIG - 3000, BIG), 100000, 2 * BIG - 3000),  # sums near 2 * 10^9 overflow 32 bits
]
for i, (nums, k, target) in enumerate(cases, 1):
    expected = Solution().countClosePairs(nums, k, target)
    if len(nums) <= 2000:
        assert expected == brute(nums, k, target), i
    with open("tests/%d.json" % i, "w") as f:
        json.dump({"args": [nums, k, target], "expected": expected}, f, separators=(",", ":"))
