import java.util.Arrays;

class Solution {
    public int minRooms(int[][] meetings) {
        int n = meetings.length;
        int[] starts = new int[n], ends = new int[n];
        for (int i = 0; i < n; i++) {
            starts[i] = meetings[i][0];
            ends[i] = meetings[i][1];
        }
        Arrays.sort(starts);
        Arrays.sort(ends);
        int rooms = 0, busy = 0, done = 0;
        for (int s : starts) {
            while (ends[done] <= s) { // a meeting ending at s frees its room for the one starting at s
                done++;
                busy--;
            }
            busy++;
            rooms = Math.max(rooms, busy);
        }
        return rooms;
    }
}
