import heapq
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    for i in range(m):
        u, v, w = int(data[2 + 3 * i]), int(data[3 + 3 * i]), int(data[4 + 3 * i])
        adj[u].append((v, w))
        adj[v].append((u, w))
    # Two layers: state (node, used) with used = whether the drone hop is spent.
    inf = float("inf")
    dist = [[inf] * (n + 1), [inf] * (n + 1)]
    dist[0][1] = 0
    heap = [(0, 1, 0)]
    while heap:
        d, u, used = heapq.heappop(heap)
        if d > dist[used][u]:
            continue
        for v, w in adj[u]:
            if d + w < dist[used][v]:
                dist[used][v] = d + w
                heapq.heappush(heap, (d + w, v, used))
            if not used and d < dist[1][v]:
                dist[1][v] = d
                heapq.heappush(heap, (d, v, 1))
    best = min(dist[0][n], dist[1][n])
    print(-1 if best == inf else best)


main()
