import java.util.HashMap;
import java.util.Map;

class Solution {
    public long countClosePairs(int[] nums, int k, int target) {
        // Counts of the values at the last k positions before j; keys in long: target - x overflows int.
        Map<Long, Integer> seen = new HashMap<>();
        long pairs = 0;
        for (int j = 0; j < nums.length; j++) {
            pairs += seen.getOrDefault((long) target - nums[j], 0);
            seen.merge((long) nums[j], 1, Integer::sum);
            if (j >= k) {
                seen.merge((long) nums[j - k], -1, Integer::sum);
            }
        }
        return pairs;
    }
}
