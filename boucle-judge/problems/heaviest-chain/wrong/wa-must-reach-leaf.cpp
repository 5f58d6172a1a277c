#include <algorithm>
#include <climits>
#include <vector>
using namespace std;

// Forgets that a chain may stop early: always extends to the best child, even a negative one.
class Solution {
public:
    vector<long long> heaviestChains(vector<int>& manager, vector<int>& load) {
        int n = manager.size();
        vector<int> pending(n, 0), ready;
        for (int i = 0; i < n; i++) if (manager[i] >= 0) pending[manager[i]]++;
        for (int i = 0; i < n; i++) if (pending[i] == 0) ready.push_back(i);
        vector<long long> below(n, LLONG_MIN), best(n, 0);
        while (!ready.empty()) {
            int node = ready.back();
            ready.pop_back();
            best[node] = load[node] + (below[node] == LLONG_MIN ? 0 : below[node]);
            int up = manager[node];
            if (up >= 0) {
                below[up] = max(below[up], best[node]);
                if (--pending[up] == 0) ready.push_back(up);
            }
        }
        return best;
    }
};
