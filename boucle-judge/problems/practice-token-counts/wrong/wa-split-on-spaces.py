import sys
from collections import Counter


# Splits on white space only: "hat." and "hat" count as different words, "hat-trick" as one.
def main():
    data = sys.stdin.buffer.read()
    head, _, text = data.partition(b"\n")
    k = int(head)
    counts = Counter(text.lower().split())
    ranked = sorted(counts.items(), key=lambda wc: (-wc[1], wc[0]))[:k]
    out = ["%d %d" % (sum(counts.values()), len(counts))]
    out += ["%s %d" % (w.decode(), c) for w, c in ranked]
    sys.stdout.write("\n".join(out) + "\n")


main()
