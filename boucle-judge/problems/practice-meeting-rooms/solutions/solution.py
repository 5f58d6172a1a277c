class Solution:
    def minRooms(self, meetings):
        # Sweep the starts in order; every meeting that ended by then has freed its room.
        starts = sorted(s for s, _ in meetings)
        ends = sorted(e for _, e in meetings)
        rooms = busy = done = 0
        for s in starts:
            while ends[done] <= s:  # ends at s free a room before the meeting at s needs one
                done += 1
                busy -= 1
            busy += 1
            rooms = max(rooms, busy)
        return rooms
