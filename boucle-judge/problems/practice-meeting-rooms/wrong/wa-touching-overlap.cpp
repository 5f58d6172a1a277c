#include <algorithm>
#include <utility>
#include <vector>
using namespace std;

// Sorts the events with starts before ends at the same minute: back-to-back meetings need two rooms.
class Solution {
public:
    int minRooms(vector<vector<int>>& meetings) {
        vector<pair<int, int>> events;
        for (auto& m : meetings) {
            events.push_back({m[0], -1});
            events.push_back({m[1], 1});
        }
        sort(events.begin(), events.end());
        int rooms = 0, busy = 0;
        for (auto& ev : events) {
            busy -= ev.second;
            rooms = max(rooms, busy);
        }
        return rooms;
    }
};
