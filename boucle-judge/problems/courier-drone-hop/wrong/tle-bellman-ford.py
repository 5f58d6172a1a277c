import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    edges = [(int(data[2 + 3 * i]), int(data[3 + 3 * i]), int(data[4 + 3 * i])) for i in range(m)]
    inf = float("inf")
    d0, d1 = [inf] * (n + 1), [inf] * (n + 1)
    d0[1] = 0
    for _ in range(2 * n):
        changed = False
        for u, v, w in edges:
            for a, b in ((u, v), (v, u)):
                if d0[a] + w < d0[b]:
                    d0[b] = d0[a] + w
                    changed = True
                if d0[a] < d1[b]:
                    d1[b] = d0[a]
                    changed = True
                if d1[a] + w < d1[b]:
                    d1[b] = d1[a] + w
                    changed = True
        if not changed:
            break
    best = min(d0[n], d1[n])
    print(-1 if best == inf else best)


main()
