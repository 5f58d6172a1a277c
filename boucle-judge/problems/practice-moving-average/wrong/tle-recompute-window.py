import sys


# Sums the whole window again after every sample: O(n * k).
def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    samples = list(map(int, data[2:2 + n]))
    out = []
    for i in range(n):
        window = samples[max(0, i - k + 1):i + 1]
        out.append("%.6f" % (sum(window) / len(window)))
    sys.stdout.write("\n".join(out) + "\n")


main()
