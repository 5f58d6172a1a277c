import java.util.ArrayList;
import java.util.List;

class Solution {
    // Merges any two overlapping shifts, then starts over: quadratic or worse.
    public long[] coverage(int[][] shifts) {
        List<long[]> blocks = new ArrayList<>();
        for (int[] s : shifts) blocks.add(new long[] {s[0], s[1]});
        boolean merged = true;
        while (merged) {
            merged = false;
            search:
            for (int i = 0; i < blocks.size(); i++) {
                for (int j = i + 1; j < blocks.size(); j++) {
                    long[] a = blocks.get(i), b = blocks.get(j);
                    if (a[0] <= b[1] && b[0] <= a[1]) {
                        a[0] = Math.min(a[0], b[0]);
                        a[1] = Math.max(a[1], b[1]);
                        blocks.remove(j);
                        merged = true;
                        break search;
                    }
                }
            }
        }
        long covered = 0;
        for (long[] b : blocks) covered += b[1] - b[0];
        return new long[] {blocks.size(), covered};
    }
}
