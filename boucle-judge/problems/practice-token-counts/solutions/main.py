import re
import sys
from collections import Counter

WORD = re.compile(rb"[a-z0-9]+")


def main():
    data = sys.stdin.buffer.read()
    head, _, text = data.partition(b"\n")
    k = int(head)
    counts = Counter(WORD.findall(text.lower()))
    ranked = sorted(counts.items(), key=lambda wc: (-wc[1], wc[0]))[:k]
    out = ["%d %d" % (sum(counts.values()), len(counts))]
    out += ["%s %d" % (w.decode(), c) for w, c in ranked]
    sys.stdout.write("\n".join(out) + "\n")


main()
