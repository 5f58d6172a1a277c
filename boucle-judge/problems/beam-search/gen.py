"""Writes tests/N.in and N.out; answers come from solutions/main.py. Run: python3 gen.py"""
import random
import subprocess

random.seed(9)


def case(v, width, steps, low=-5000, choices=None):
    rows = [[random.choice(choices) if choices else random.randint(low, 0) for _ in range(v)] for _ in range(v)]
    return "%d %d %d\n" % (v, width, steps) + "".join(" ".join(map(str, r)) + "\n" for r in rows)


cases = [
    "2 1 2\n-2 -3\n-5 0\n",
    "1 3 4\n-7\n",  # a single token: one hypothesis however wide the beam
    "3 5 1\n-1 -1 -1\n0 0 0\n0 0 0\n",  # ties everywhere: smaller sequences first
    "2 10 3\n0 0\n0 0\n",  # fewer sequences (8) than the beam width
    case(4, 2, 5, choices=[-1, -2]),  # many ties across the beam
    case(5, 3, 6),
    case(20, 8, 10, choices=[-100, -200, -300]),
    case(30, 20, 15),
    case(60, 40, 20, low=-50),
    case(40, 300, 12),  # large beam: picking the beam one best at a time is several times over the limit
]
for i, text in enumerate(cases, 1):
    with open("tests/%d.in" % i, "w") as f:
        f.write(text)
    answer = subprocess.run(["python3", "solutions/main.py"], input=text, capture_output=True, text=True, check=True)
    with open("tests/%d.out" % i, "w") as f:
        f.write(answer.stdout)
