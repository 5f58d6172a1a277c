class Solution:
    # For every meeting, counts the meetings running at its start: O(n^2).
    def minRooms(self, meetings):
        rooms = 0
        for s, _ in meetings:
            rooms = max(rooms, sum(1 for a, b in meetings if a <= s < b))
        return rooms
