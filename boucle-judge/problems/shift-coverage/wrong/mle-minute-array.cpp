#include <vector>
using namespace std;

// Marks every covered minute in an array as long as the latest end: gigabytes for real timestamps.
class Solution {
public:
    vector<long long> coverage(vector<vector<int>>& shifts) {
        int last = 0;
        for (auto& s : shifts) last = max(last, s[1]);
        vector<char> minute(last + 1, 0);
        for (auto& s : shifts) for (int t = s[0]; t < s[1]; t++) minute[t] = 1;
        long long blocks = 0, covered = 0;
        for (int t = 0; t < last; t++) {
            covered += minute[t];
            if (minute[t] && (t == 0 || !minute[t - 1])) blocks++;
        }
        return {blocks, covered};
    }
};
