#include <algorithm>
#include <vector>
using namespace std;

class Solution {
public:
    int minRooms(vector<vector<int>>& meetings) {
        vector<int> starts, ends;
        for (auto& m : meetings) {
            starts.push_back(m[0]);
            ends.push_back(m[1]);
        }
        sort(starts.begin(), starts.end());
        sort(ends.begin(), ends.end());
        int rooms = 0, busy = 0;
        size_t done = 0;
        for (int s : starts) {
            while (ends[done] <= s) {  // a meeting ending at s frees its room for the one starting at s
                done++;
                busy--;
            }
            busy++;
            rooms = max(rooms, busy);
        }
        return rooms;
    }
};
