class Solution {
    public long[] rangeSums(long[] nums, int[][] queries) {
        long[] prefix = new long[nums.length + 1];
        for (int i = 0; i < nums.length; i++) {
            prefix[i + 1] = prefix[i] + nums[i];
        }
        long[] out = new long[queries.length];
        for (int q = 0; q < queries.length; q++) {
            out[q] = prefix[queries[q][1] + 1] - prefix[queries[q][0]];
        }
        return out;
    }
}
