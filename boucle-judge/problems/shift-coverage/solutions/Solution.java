import java.util.Arrays;
import java.util.Comparator;

class Solution {
    public long[] coverage(int[][] shifts) {
        int[][] sorted = shifts.clone();
        Arrays.sort(sorted, Comparator.comparingInt((int[] a) -> a[0]));
        long blocks = 0, covered = 0, end = -1;
        for (int[] shift : sorted) {
            if (shift[0] > end) {
                blocks++;
                covered += (long) shift[1] - shift[0];
                end = shift[1];
            } else if (shift[1] > end) {
                covered += shift[1] - end;
                end = shift[1];
            }
        }
        return new long[] {blocks, covered};
    }
}
