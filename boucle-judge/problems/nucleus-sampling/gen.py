"""Writes tests/*.json; expected values come from the reference solution, and every draw and
threshold is checked to be at least 1e-7 away from changing the answer. Run: python3 gen.py"""
import json
import random
import sys

sys.dont_write_bytecode = True  # keep solutions/ free of __pycache__
sys.path.insert(0, "solutions")
from solution import Solution  # noqa: E402

random.seed(5)
EPS = 1e-7


def robust(logits, temperature, top_k, top_p, draws):
    s = Solution()
    answer = s.sampleTokens(logits, temperature, top_k, top_p, draws)
    for dp in (-EPS, EPS):
        if s.sampleTokens(logits, temperature, top_k, min(1.0, top_p + dp), draws) != answer:
            return None
    for du in (-EPS, EPS):
        if s.sampleTokens(logits, temperature, top_k, top_p, [min(max(u + du, 0), 0.999999) for u in draws]) != answer:
            return None
    return answer


def case(steps, vocab, temperature, top_k, top_p, spread=5.0, decimals=2):
    while True:
        logits = [[round(random.uniform(-spread, spread), decimals) for _ in range(vocab)] for _ in range(steps)]
        draws = [round(random.random(), 6) for _ in range(steps)]
        answer = robust(logits, temperature, top_k, top_p, draws)
        if answer is not None:
            return [logits, temperature, top_k, top_p, draws], answer


fixed = [
    ([[[2, 1, 0]], 1.0, 0, 0.7, [0.8]]),
    ([[[3, 3, 1]], 0.0, 0, 0.9, [0.5]]),  # greedy, tie on the largest logit
    ([[[0.5]], 2.0, 0, 1.0, [0.999]]),  # one token
    ([[[1, 1, 1, 1]], 1.0, 0, 1.0, [0.55]]),  # uniform, all kept
    ([[[5, 4, 3, 2, 1]], 1.0, 2, 1.0, [0.9]]),  # top-k alone
]
cases = [(args, robust(*args)) for args in fixed]
cases += [case(10, 8, 0.7, 3, 0.8), case(20, 50, 1.5, 0, 0.9), case(8, 30, 0.0, 5, 0.5),
          case(30, 200, 1.0, 40, 0.95), case(1, 20000, 1.0, 0, 0.9, decimals=1)]
for i, (args, answer) in enumerate(cases, 1):
    assert answer is not None, i
    with open("tests/%d.json" % i, "w") as f:
        json.dump({"args": args, "expected": answer}, f, separators=(",", ":"))
