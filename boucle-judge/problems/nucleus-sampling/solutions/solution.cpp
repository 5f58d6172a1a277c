#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>
using namespace std;

class Solution {
public:
    vector<int> sampleTokens(vector<vector<double>>& logits, double temperature, int topK, double topP,
                             vector<double>& draws) {
        vector<int> picks;
        for (size_t t = 0; t < logits.size(); t++) {
            const auto& row = logits[t];
            vector<int> ranked(row.size());
            iota(ranked.begin(), ranked.end(), 0);
            sort(ranked.begin(), ranked.end(), [&](int a, int b) { return row[a] != row[b] ? row[a] > row[b] : a < b; });
            if (temperature == 0) { picks.push_back(ranked[0]); continue; }
            size_t size = topK > 0 ? min<size_t>(topK, row.size()) : row.size();
            double top = row[ranked[0]] / temperature, total = 0;
            vector<double> probs(size);
            for (size_t i = 0; i < size; i++) total += probs[i] = exp(row[ranked[i]] / temperature - top);
            for (auto& p : probs) p /= total;
            size_t kept = 0;
            double cumulative = 0;
            while (kept < size && (kept == 0 || cumulative < topP)) cumulative += probs[kept++];
            int chosen = ranked[kept - 1];
            double running = 0;
            for (size_t i = 0; i < kept; i++) {
                running += probs[i] / cumulative;
                if (draws[t] < running) { chosen = ranked[i]; break; }
            }
            picks.push_back(chosen);
        }
        return picks;
    }
};
