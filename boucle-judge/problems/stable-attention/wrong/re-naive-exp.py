import math
import sys

# exp(score) without subtracting the maximum: OverflowError once scores pass ~709.
data = sys.stdin.read().split()
n, m, d, e, causal = (int(x) for x in data[:5])
nums = list(map(float, data[5:]))
q = [nums[i * d:(i + 1) * d] for i in range(n)]
k = [nums[n * d + j * d:n * d + (j + 1) * d] for j in range(m)]
v = [nums[(n + m) * d + j * e:(n + m) * d + (j + 1) * e] for j in range(m)]
for i in range(n):
    allowed = i + (m - n) + 1 if causal else m
    w = [math.exp(sum(a * b for a, b in zip(q[i], k[j])) / math.sqrt(d)) for j in range(allowed)]
    total = sum(w)
    print(" ".join("%.9f" % sum(w[j] / total * v[j][c] for j in range(allowed)) for c in range(e)))
