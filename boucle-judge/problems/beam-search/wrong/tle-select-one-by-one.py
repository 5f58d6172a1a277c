import sys

# Picks the beam by scanning all candidates once per kept hypothesis: B * (B * V) per step.


def main():
    data = sys.stdin.buffer.read().split()
    v, width, steps = int(data[0]), int(data[1]), int(data[2])
    score = [list(map(int, data[3 + a * v:3 + (a + 1) * v])) for a in range(v)]
    beam = [(0, ())]
    for _ in range(steps):
        candidates = [(-(total + score[tokens[-1] if tokens else 0][b]), tokens + (b,))
                      for total, tokens in beam for b in range(v)]
        taken = [False] * len(candidates)
        beam = []
        for _ in range(min(width, len(candidates))):
            best = None
            for i, c in enumerate(candidates):
                if not taken[i] and (best is None or c < candidates[best]):
                    best = i
            taken[best] = True
            beam.append((-candidates[best][0], candidates[best][1]))
    sys.stdout.write("".join("%d %s\n" % (total, " ".join(map(str, tokens))) for total, tokens in beam))


main()
