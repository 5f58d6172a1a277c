"""Writes tests/N.in and N.out; answers come from solutions/main.py, checked against a brute
force on small cases. Run: python3 gen.py"""
import random
import subprocess

random.seed(20270107)
BIG = 10**9


def case(k, samples):
    return "%d %d\n%s\n" % (len(samples), k, " ".join(map(str, samples)))


def rand(n, low, high):
    return [random.randint(low, high) for _ in range(n)]


def brute(text):
    data = text.split()
    n, k = int(data[0]), int(data[1])
    xs = list(map(int, data[2:]))
    return [sum(xs[max(0, i - k + 1):i + 1]) / len(xs[max(0, i - k + 1):i + 1]) for i in range(n)]


cases = [
    case(3, [10, 20, 30, 40, 100]),
    case(1, [42]),
    case(1, [5, 0, 7, 7, 1000000000]),  # a window of one: the samples themselves
    case(10, [1, 2, 4, 8]),  # k longer than the stream: running average of everything
    case(4, [3, 1, 4, 1]),  # k equal to n
    case(2, [0] * 8),
    case(37, rand(1000, 0, 5000)),
    case(4, [BIG] * 6),  # a window of 4 * 10^9: beyond 32 bits
    # Sizes keep each file under 1.5 MB (the repository holds them) and still far too slow for re-summing.
    case(35000, rand(70000, 0, BIG)),  # summing every window again is far too slow
    case(70000, [BIG - random.randint(0, 10) for _ in range(70000)]),
    case(3, rand(120000, 0, 1000)),
]
for i, text in enumerate(cases, 1):
    with open("tests/%d.in" % i, "w") as f:
        f.write(text)
    answer = subprocess.run(["python3", "solutions/main.py"], input=text, capture_output=True, text=True, check=True)
    if len(text) < 100000:
        got = list(map(float, answer.stdout.split()))
        want = brute(text)
        assert len(got) == len(want) and all(abs(a - b) <= 1e-6 * max(1, b) for a, b in zip(got, want)), i
    with open("tests/%d.out" % i, "w") as f:
        f.write(answer.stdout)
