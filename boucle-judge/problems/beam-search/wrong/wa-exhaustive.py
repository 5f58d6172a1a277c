import sys

# Returns the B best sequences overall (exact search) instead of what the beam keeps.


def main():
    data = sys.stdin.buffer.read().split()
    v, width, steps = int(data[0]), int(data[1]), int(data[2])
    score = [list(map(int, data[3 + a * v:3 + (a + 1) * v])) for a in range(v)]
    # best[t][b] = the width best (score, tokens) ending in b after t steps: exact, unlike a beam
    layer = {b: [(-score[0][b], (b,))] for b in range(v)}
    for _ in range(steps - 1):
        nxt = {}
        for b in range(v):
            options = [(neg - score[a][b], tokens + (b,)) for a in range(v) for neg, tokens in layer[a]]
            options.sort()
            nxt[b] = options[:width]
        layer = nxt
    best = sorted(h for b in range(v) for h in layer[b])[:width]
    sys.stdout.write("".join("%d %s\n" % (-neg, " ".join(map(str, tokens))) for neg, tokens in best))


main()
