"""Writes tests/N.in and N.out; answers come from solutions/main.py, checked on small cases
against a literal simulation that snapshots every buffer each step. Run: python3 gen.py"""
import random
import subprocess

random.seed(29)
MOD = 10**9 + 7


def literal(p, bufs):
    length = len(bufs[0])
    bounds = [c * length // p for c in range(p + 1)]
    buf = [row[:] for row in bufs]
    out = []
    for phase in ("reduce", "gather"):
        for s in range(p - 1):
            before = [row[:] for row in buf]
            for i in range(p):
                c = (i - s) % p if phase == "reduce" else (i + 1 - s) % p
                for j in range(bounds[c], bounds[c + 1]):
                    dst = (i + 1) % p
                    buf[dst][j] = before[dst][j] + before[i][j] if phase == "reduce" else before[i][j]
            out.append(str(sum((i + 1) * (j + 1) * v for i in range(p) for j, v in enumerate(buf[i])) % MOD))
    assert all(row == [sum(col) for col in zip(*bufs)] for row in buf)
    return "\n".join(out + [" ".join(map(str, buf[0]))]) + "\n"


def case(p, length, vmax):
    return p, [[random.randint(-vmax, vmax) for _ in range(length)] for _ in range(p)]


cases = [
    (2, [[1, 2], [3, 4]]),
    (1, [[5, -7, 9]]),  # a single worker: no steps
    (3, [[1], [2], [3]]),  # L < p: empty chunks
    (4, [[-10**6] * 6 for _ in range(4)]),  # negative values, uneven chunks
    case(3, 7, 5),
    case(5, 12, 100),
    case(7, 3, 10**6),
    case(20, 50, 1000),
    case(400, 100, 99),  # 798 steps over 40000 values: recomputing the checksum each step is TLE even on a quiet machine
    case(120, 250, 99),
]
for i, (p, bufs) in enumerate(cases, 1):
    text = "%d %d\n" % (p, len(bufs[0])) + "".join(" ".join(map(str, row)) + "\n" for row in bufs)
    with open("tests/%d.in" % i, "w") as f:
        f.write(text)
    answer = subprocess.run(["python3", "solutions/main.py"], input=text, capture_output=True, text=True,
                            check=True).stdout
    if p * len(bufs[0]) <= 1000:
        assert answer == literal(p, bufs), i
    with open("tests/%d.out" % i, "w") as f:
        f.write(answer)
