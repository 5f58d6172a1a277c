#include <algorithm>
#include <climits>
#include <cstdio>
#include <deque>
#include <numeric>
#include <vector>
using namespace std;

// Puts the preempted job back before the jobs that arrived during its run.
int main() {
    int n;
    long long quantum;
    if (scanf("%d %lld", &n, &quantum) != 2) return 0;
    vector<long long> arrival(n), remaining(n), done(n);
    for (int i = 0; i < n; i++) scanf("%lld %lld", &arrival[i], &remaining[i]);
    vector<int> order(n);
    iota(order.begin(), order.end(), 0);
    stable_sort(order.begin(), order.end(), [&](int x, int y) { return arrival[x] < arrival[y]; });
    deque<int> queue;
    long long time = 0;
    int next = 0, finished = 0;
    auto admit = [&] { while (next < n && arrival[order[next]] <= time) queue.push_back(order[next++]); };
    while (finished < n) {
        if (queue.empty()) {
            time = max(time, arrival[order[next]]);
            admit();
        }
        long long k = queue.size(), rounds = LLONG_MAX;
        for (int j : queue) rounds = min(rounds, (remaining[j] + quantum - 1) / quantum - 1);
        if (next < n) rounds = min(rounds, (arrival[order[next]] - time - 1) / (k * quantum));
        if (rounds > 0) {
            time += rounds * k * quantum;
            for (int j : queue) remaining[j] -= rounds * quantum;
        }
        while (!queue.empty()) {
            int j = queue.front();
            queue.pop_front();
            long long run = min(quantum, remaining[j]);
            time += run;
            remaining[j] -= run;
            int before = next;
            if (remaining[j] == 0) { done[j] = time; finished++; admit(); break; }
            queue.push_back(j);
            admit();
            if (next != before) break;
        }
    }
    for (int i = 0; i < n; i++) printf("%lld%c", done[i], i + 1 < n ? ' ' : '\n');
}
