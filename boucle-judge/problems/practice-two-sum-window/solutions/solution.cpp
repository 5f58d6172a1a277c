#include <unordered_map>
#include <vector>
using namespace std;

class Solution {
public:
    long long countClosePairs(vector<int>& nums, int k, int target) {
        // Counts of the values at the last k positions before j; keys in long long: target - x overflows int.
        unordered_map<long long, int> seen;
        seen.reserve(nums.size() * 2 + 1);
        long long pairs = 0;
        for (int j = 0; j < (int) nums.size(); j++) {
            auto it = seen.find((long long) target - nums[j]);
            if (it != seen.end()) pairs += it->second;
            seen[nums[j]]++;
            if (j >= k) seen[nums[j - k]]--;
        }
        return pairs;
    }
};
