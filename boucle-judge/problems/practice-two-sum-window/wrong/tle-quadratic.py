class Solution:
    # Looks back over the whole window from every position: O(n * k).
    def countClosePairs(self, nums, k, target):
        pairs = 0
        for j in range(len(nums)):
            for i in range(max(0, j - k), j):
                if nums[i] + nums[j] == target:
                    pairs += 1
        return pairs
