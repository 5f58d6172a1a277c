"""Writes tests/N.in and N.out; answers come from solutions/main.py. Run: python3 gen.py"""
import random
import subprocess

random.seed(11)


def matrix(rows, cols, spread):
    return [[round(random.uniform(-spread, spread), 3) for _ in range(cols)] for _ in range(rows)]


def case(n, m, d, e, causal, spread):
    rows = matrix(n, d, spread) + matrix(m, d, spread) + matrix(m, e, spread)
    return "%d %d %d %d %d\n" % (n, m, d, e, causal) + "".join(" ".join(map(str, r)) + "\n" for r in rows)


cases = [
    "1 2 1 1 0\n2\n1\n1\n1\n3\n",
    "1 1 1 1 1\n-1000\n1000\n5\n",  # a single key: its value, whatever the score
    "2 2 1 2 0\n1000\n-1000\n1000\n999\n1 2\n3 4\n",  # scores of +-10^6: naive exp overflows
    "1 3 2 1 0\n0 0\n1 1\n2 2\n3 3\n1\n2\n3\n",  # all scores equal: plain average
    case(3, 3, 4, 2, 1, 1),
    case(2, 5, 4, 3, 1, 2),  # causal with a key-value cache of 3
    case(4, 6, 9, 3, 0, 1),  # d = 9: the scale is exactly 1/3
    case(6, 8, 8, 4, 1, 1000),
    case(30, 40, 16, 8, 0, 3),
    case(150, 150, 12, 12, 1, 2),
]
for i, text in enumerate(cases, 1):
    with open("tests/%d.in" % i, "w") as f:
        f.write(text)
    answer = subprocess.run(["python3", "solutions/main.py"], input=text, capture_output=True, text=True, check=True)
    with open("tests/%d.out" % i, "w") as f:
        f.write(answer.stdout)
