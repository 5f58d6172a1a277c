#include <algorithm>
#include <cstdio>
#include <vector>
using namespace std;

struct Hypothesis {
    long long score;
    vector<int> tokens;
};

// Breaks ties by the order candidates were generated (stable sort on score only).
int main() {
    int v, width, steps;
    if (scanf("%d %d %d", &v, &width, &steps) != 3) return 0;
    vector<vector<int>> score(v, vector<int>(v));
    for (auto& row : score) for (auto& x : row) scanf("%d", &x);
    vector<Hypothesis> beam{{0, {}}};
    for (int step = 0; step < steps; step++) {
        vector<Hypothesis> candidates;
        for (const auto& h : beam) {
            int prev = h.tokens.empty() ? 0 : h.tokens.back();
            for (int b = v - 1; b >= 0; b--) {
                Hypothesis next{h.score + score[prev][b], h.tokens};
                next.tokens.push_back(b);
                candidates.push_back(move(next));
            }
        }
        stable_sort(candidates.begin(), candidates.end(),
                    [](const Hypothesis& x, const Hypothesis& y) { return x.score > y.score; });
        candidates.resize(min<size_t>(width, candidates.size()));
        beam = move(candidates);
    }
    for (const auto& h : beam) {
        printf("%lld", h.score);
        for (int t : h.tokens) printf(" %d", t);
        printf("\n");
    }
}
