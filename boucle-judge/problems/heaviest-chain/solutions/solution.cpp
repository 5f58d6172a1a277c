#include <algorithm>
#include <vector>
using namespace std;

class Solution {
public:
    vector<long long> heaviestChains(vector<int>& manager, vector<int>& load) {
        int n = manager.size();
        vector<int> pending(n, 0), ready;
        for (int i = 0; i < n; i++) if (manager[i] >= 0) pending[manager[i]]++;
        for (int i = 0; i < n; i++) if (pending[i] == 0) ready.push_back(i);
        vector<long long> below(n, 0), best(n, 0);
        while (!ready.empty()) {
            int node = ready.back();
            ready.pop_back();
            best[node] = load[node] + below[node];
            int up = manager[node];
            if (up >= 0) {
                below[up] = max(below[up], best[node]);
                if (--pending[up] == 0) ready.push_back(up);
            }
        }
        return best;
    }
};
