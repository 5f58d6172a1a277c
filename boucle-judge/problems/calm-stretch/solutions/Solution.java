class Solution {
    public int longestCalmStretch(int[] temps, int k) {
        int n = temps.length;
        int[] highs = new int[n];
        int[] lows = new int[n];
        int hh = 0, ht = 0, lh = 0, lt = 0, left = 0, best = 0;
        for (int right = 0; right < n; right++) {
            while (ht > hh && temps[highs[ht - 1]] <= temps[right]) ht--;
            highs[ht++] = right;
            while (lt > lh && temps[lows[lt - 1]] >= temps[right]) lt--;
            lows[lt++] = right;
            // long: the difference of two ints can overflow
            while ((long) temps[highs[hh]] - temps[lows[lh]] > k) {
                left++;
                if (highs[hh] < left) hh++;
                if (lows[lh] < left) lh++;
            }
            best = Math.max(best, right - left + 1);
        }
        return best;
    }
}
