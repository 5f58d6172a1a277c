import math
import sys

# Recomputes the whole softmax for every output number: n * e * m * d work instead of n * m * (d + e).
data = sys.stdin.read().split()
n, m, d, e, causal = (int(x) for x in data[:5])
nums = list(map(float, data[5:]))
q = [nums[i * d:(i + 1) * d] for i in range(n)]
k = [nums[n * d + j * d:n * d + (j + 1) * d] for j in range(m)]
v = [nums[(n + m) * d + j * e:(n + m) * d + (j + 1) * e] for j in range(m)]


def weight(i, j, allowed):
    scores = [sum(a * b for a, b in zip(q[i], k[t])) / math.sqrt(d) for t in range(allowed)]
    top = max(scores)
    return math.exp(scores[j] - top) / sum(math.exp(s - top) for s in scores)


for i in range(n):
    allowed = i + (m - n) + 1 if causal else m
    print(" ".join("%.9f" % sum(weight(i, j, allowed) * v[j][c] for j in range(allowed)) for c in range(e)))
