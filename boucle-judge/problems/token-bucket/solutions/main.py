import sys


def main():
    data = sys.stdin.buffer.read().split()
    capacity, period, n = int(data[0]), int(data[1]), int(data[2])
    buckets = {}
    out = []
    for i in range(n):
        t, client, cost = int(data[3 + 3 * i]), data[4 + 3 * i], int(data[5 + 3 * i])
        tokens, anchor = buckets.get(client, (capacity, t))
        gained = (t - anchor) // period
        tokens = min(capacity, tokens + gained)
        anchor = t if tokens == capacity else anchor + gained * period
        if tokens >= cost:
            tokens -= cost
            out.append("ACCEPT %d" % tokens)
        else:
            out.append("REJECT %d" % tokens)
        buckets[client] = (tokens, anchor)
    sys.stdout.write("\n".join(out) + "\n")


main()
