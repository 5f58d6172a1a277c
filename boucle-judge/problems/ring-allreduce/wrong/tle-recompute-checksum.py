import sys

# Correct exchanges, but recomputes the checksum over every buffer after every step.
MOD = 10**9 + 7
data = sys.stdin.buffer.read().split()
p, length = int(data[0]), int(data[1])
buf = [list(map(int, data[2 + i * length:2 + (i + 1) * length])) for i in range(p)]
bounds = [c * length // p for c in range(p + 1)]
out = []
for phase in ("reduce", "gather"):
    for s in range(p - 1):
        for i in range(p):
            dst = (i + 1) % p
            c = (i - s) % p if phase == "reduce" else (i + 1 - s) % p
            for j in range(bounds[c], bounds[c + 1]):
                buf[dst][j] = buf[dst][j] + buf[i][j] if phase == "reduce" else buf[i][j]
        out.append(str(sum((i + 1) * (j + 1) * v for i in range(p) for j, v in enumerate(buf[i])) % MOD))
out.append(" ".join(map(str, buf[0])))
print("\n".join(out))
