import sys


def main():
    data = sys.stdin.buffer.read().split()
    v, width, steps = int(data[0]), int(data[1]), int(data[2])
    score = [list(map(int, data[3 + a * v:3 + (a + 1) * v])) for a in range(v)]
    beam = [(0, ())]  # (score, tokens)
    for _ in range(steps):
        candidates = []
        for total, tokens in beam:
            row = score[tokens[-1] if tokens else 0]
            for b in range(v):
                candidates.append((-(total + row[b]), tokens + (b,)))
        candidates.sort()  # best score first, then the smaller sequence
        beam = [(-neg, tokens) for neg, tokens in candidates[:width]]
    sys.stdout.write("".join("%d %s\n" % (total, " ".join(map(str, tokens))) for total, tokens in beam))


main()
