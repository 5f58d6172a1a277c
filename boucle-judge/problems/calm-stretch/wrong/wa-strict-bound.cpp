#include <deque>
#include <vector>
using namespace std;

// Treats a spread of exactly k as too wide.
class Solution {
public:
    int longestCalmStretch(vector<int>& temps, int k) {
        deque<int> highs, lows;
        int left = 0, best = 0;
        for (int right = 0; right < (int) temps.size(); right++) {
            while (!highs.empty() && temps[highs.back()] <= temps[right]) highs.pop_back();
            highs.push_back(right);
            while (!lows.empty() && temps[lows.back()] >= temps[right]) lows.pop_back();
            lows.push_back(right);
            while (left <= right && (long long) temps[highs.front()] - temps[lows.front()] >= k) {
                left++;
                if (!highs.empty() && highs.front() < left) highs.pop_front();
                if (!lows.empty() && lows.front() < left) lows.pop_front();
                if (highs.empty() || lows.empty()) break;
            }
            best = max(best, right - left + 1);
        }
        return best;
    }
};
