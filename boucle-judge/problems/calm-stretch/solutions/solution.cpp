#include <deque>
#include <vector>
using namespace std;

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
            while ((long long) temps[highs.front()] - temps[lows.front()] > k) {
                left++;
                if (highs.front() < left) highs.pop_front();
                if (lows.front() < left) lows.pop_front();
            }
            best = max(best, right - left + 1);
        }
        return best;
    }
};
