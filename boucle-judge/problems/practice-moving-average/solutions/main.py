import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    samples = list(map(int, data[2:2 + n]))
    out = []
    total = 0  # the window's sum, kept exact in an integer
    for i, x in enumerate(samples):
        total += x
        if i >= k:
            total -= samples[i - k]
        out.append("%.6f" % (total / min(i + 1, k)))
    sys.stdout.write("\n".join(out) + "\n")


main()
