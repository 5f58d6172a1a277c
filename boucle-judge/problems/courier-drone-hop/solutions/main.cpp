#include <cstdio>
#include <functional>
#include <queue>
#include <tuple>
#include <vector>
using namespace std;

int main() {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 0;
    vector<vector<pair<int, long long>>> adj(n + 1);
    for (int i = 0; i < m; i++) {
        int u, v;
        long long w;
        scanf("%d %d %lld", &u, &v, &w);
        adj[u].push_back({v, w});
        adj[v].push_back({u, w});
    }
    const long long INF = -1ULL >> 1;
    vector<long long> dist[2] = {vector<long long>(n + 1, INF), vector<long long>(n + 1, INF)};
    priority_queue<tuple<long long, int, int>, vector<tuple<long long, int, int>>, greater<>> heap;
    dist[0][1] = 0;
    heap.push({0, 1, 0});
    while (!heap.empty()) {
        auto [d, u, used] = heap.top();
        heap.pop();
        if (d > dist[used][u]) continue;
        for (auto [v, w] : adj[u]) {
            if (d + w < dist[used][v]) { dist[used][v] = d + w; heap.push({d + w, v, used}); }
            if (!used && d < dist[1][v]) { dist[1][v] = d; heap.push({d, v, 1}); }
        }
    }
    long long best = min(dist[0][n], dist[1][n]);
    printf("%lld\n", best == INF ? -1 : best);
}
