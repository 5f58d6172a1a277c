"""Writes tests/N.in and N.out; answers come from a brute force (small) or the reference. Run: python3 gen.py"""
import random
import subprocess

random.seed(3)


def brute(s):
    return min(range(len(s)), key=lambda i: (s[i:] + s[:i], i))


cases = [
    "cabcab",
    "z",
    "aaaa",
    "ba",
    "bcabca" * 3,
    "abacabadabacaba",
    "".join(random.choice("ab") for _ in range(40)),
    "".join(random.choice("abc") for _ in range(1000)),
    "a" * 99999 + "b",  # every start ties for a long time: naive comparison is quadratic
    "b" + "a" * 50000 + "b" + "a" * 49998,
]
for i, s in enumerate(cases, 1):
    with open("tests/%d.in" % i, "w") as f:
        f.write(s + "\n")
    answer = subprocess.run(["python3", "solutions/main.py"], input=s + "\n", capture_output=True, text=True,
                            check=True).stdout
    if len(s) <= 1000:
        assert int(answer) == brute(s), s
    with open("tests/%d.out" % i, "w") as f:
        f.write(answer)
