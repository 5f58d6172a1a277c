import heapq
import sys

# Plain shortest path, then removes the largest road on it: not the same as choosing the hop well.


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    for i in range(m):
        u, v, w = int(data[2 + 3 * i]), int(data[3 + 3 * i]), int(data[4 + 3 * i])
        adj[u].append((v, w))
        adj[v].append((u, w))
    dist = [None] * (n + 1)
    biggest = [0] * (n + 1)
    heap = [(0, 0, 1)]
    while heap:
        d, big, u = heapq.heappop(heap)
        if dist[u] is not None:
            continue
        dist[u], biggest[u] = d, big
        for v, w in adj[u]:
            if dist[v] is None:
                heapq.heappush(heap, (d + w, max(big, w), v))
    print(-1 if dist[n] is None else dist[n] - biggest[n])


main()
