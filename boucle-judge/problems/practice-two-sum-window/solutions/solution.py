from collections import defaultdict


class Solution:
    def countClosePairs(self, nums, k, target):
        # seen counts the values of the last k positions before j.
        seen = defaultdict(int)
        pairs = 0
        for j, x in enumerate(nums):
            pairs += seen.get(target - x, 0)
            seen[x] += 1
            if j >= k:
                seen[nums[j - k]] -= 1
        return pairs
