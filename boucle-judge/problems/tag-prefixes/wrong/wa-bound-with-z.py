from bisect import bisect_left, bisect_right


class Solution:
    # Uses prefix + "z" as the upper bound: misses tags that continue with "z" then more letters.
    def countByPrefix(self, tags, typed):
        ordered = sorted(tags)
        return [bisect_right(ordered, p + "z") - bisect_left(ordered, p) for p in typed]
