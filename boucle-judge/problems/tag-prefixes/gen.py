"""Writes tests/*.json; expected values come from the reference solution, checked against a
brute force on small cases. Run: python3 gen.py"""
import json
import random
import sys

sys.dont_write_bytecode = True  # keep solutions/ free of __pycache__
sys.path.insert(0, "solutions")
from solution import Solution  # noqa: E402

random.seed(19)


def word(alphabet, low, high):
    return "".join(random.choice(alphabet) for _ in range(random.randint(low, high)))


def case(n_tags, n_typed, alphabet, low, high):
    tags = [word(alphabet, max(1, low), high) for _ in range(n_tags)]
    typed = [random.choice(tags)[:random.randint(0, high)] if random.random() < 0.7 else word(alphabet, 0, 3)
             for _ in range(n_typed)]
    return tags, typed


cases = [
    (["go", "golang", "gopher", "rust", "go"], ["go", "gop", "r", "x", ""]),
    (["a"], ["a", "aa", ""]),
    (["abc"], ["abcd", "abc", "b"]),
    (["z", "zz", "zza", "za", "y"], ["z", "zz", "y", "yz"]),  # letters after z: "zza" is under "zz"
    (["same"] * 5 + ["sam"], ["sam", "same", "samex"]),
    case(50, 50, "ab", 1, 4),
    case(500, 500, "xyz", 1, 8),
    case(1000, 1000, "abcdefghijklmnopqrstuvwxyz", 1, 20),
    case(5000, 5000, "mnz", 3, 7),
    case(4000, 5000, "abz", 1, 5),
    # Large enough that comparing every typed string with every tag (400 million prefix tests)
    # runs out of time on any machine, while sorting and two binary searches per query does not.
    case(20000, 20000, "mnz", 3, 7),
]
for i, (tags, typed) in enumerate(cases, 1):
    expected = Solution().countByPrefix(tags, typed)
    if len(tags) <= 500:
        assert expected == [sum(t.startswith(p) for t in tags) for p in typed], i
    with open("tests/%d.json" % i, "w") as f:
        json.dump({"args": [tags, typed], "expected": expected}, f, separators=(",", ":"))
