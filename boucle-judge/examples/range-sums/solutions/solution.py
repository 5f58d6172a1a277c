from itertools import accumulate


class Solution:
    def rangeSums(self, nums, queries):
        prefix = [0] + list(accumulate(nums))
        return [prefix[r + 1] - prefix[l] for l, r in queries]
