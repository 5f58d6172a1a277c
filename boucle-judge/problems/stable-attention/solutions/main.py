import math
import sys


def main():
    data = sys.stdin.read().split()
    n, m, d, e, causal = (int(x) for x in data[:5])
    nums = list(map(float, data[5:]))
    q = [nums[i * d:(i + 1) * d] for i in range(n)]
    off = n * d
    k = [nums[off + j * d:off + (j + 1) * d] for j in range(m)]
    off += m * d
    v = [nums[off + j * e:off + (j + 1) * e] for j in range(m)]
    scale = 1 / math.sqrt(d)
    out = []
    for i in range(n):
        allowed = i + (m - n) + 1 if causal else m
        scores = [sum(a * b for a, b in zip(q[i], k[j])) * scale for j in range(allowed)]
        top = max(scores)  # subtracting the maximum keeps every exponent <= 0
        weights = [math.exp(s - top) for s in scores]
        total = sum(weights)
        row = [0.0] * e
        for j in range(allowed):
            w = weights[j] / total
            vj = v[j]
            for c in range(e):
                row[c] += w * vj[c]
        out.append(" ".join("%.9f" % x for x in row))
    print("\n".join(out))


main()
