import re
import sys

WORD = re.compile(rb"[a-z0-9]+")


# Keeps the distinct words in a list and searches it for every word: O(words * distinct).
def main():
    data = sys.stdin.buffer.read()
    head, _, text = data.partition(b"\n")
    k = int(head)
    seen, counts = [], []
    total = 0
    for w in WORD.findall(text.lower()):
        total += 1
        if w in seen:
            counts[seen.index(w)] += 1
        else:
            seen.append(w)
            counts.append(1)
    ranked = sorted(zip(seen, counts), key=lambda wc: (-wc[1], wc[0]))[:k]
    out = ["%d %d" % (total, len(seen))]
    out += ["%s %d" % (w.decode(), c) for w, c in ranked]
    sys.stdout.write("\n".join(out) + "\n")


main()
