import sys

MOD = 10**9 + 7


def main():
    data = sys.stdin.buffer.read().split()
    p, length = int(data[0]), int(data[1])
    buf = [list(map(int, data[2 + i * length:2 + (i + 1) * length])) for i in range(p)]
    bounds = [c * length // p for c in range(p + 1)]
    checksum = sum((i + 1) * (j + 1) * v for i in range(p) for j, v in enumerate(buf[i])) % MOD
    out = []
    for phase in ("reduce", "gather"):
        for s in range(p - 1):
            for i in range(p):
                dst = (i + 1) % p
                c = (i - s) % p if phase == "reduce" else (i + 1 - s) % p
                src, target, weight = buf[i], buf[dst], dst + 1
                for j in range(bounds[c], bounds[c + 1]):
                    new = target[j] + src[j] if phase == "reduce" else src[j]
                    # Only the changed entries move the checksum: O(L) per step, not O(p * L).
                    checksum += (new - target[j]) * weight * (j + 1)
                    target[j] = new
            checksum %= MOD
            out.append(str(checksum))
    out.append(" ".join(map(str, buf[0])))
    sys.stdout.write("\n".join(out) + "\n")


main()
