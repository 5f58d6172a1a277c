from bisect import bisect_left


class Solution:
    def countByPrefix(self, tags, typed):
        ordered = sorted(tags)
        out = []
        for prefix in typed:
            # Tags starting with `prefix` form one sorted run: from prefix up to (excluding) the
            # first string greater than every extension of it, i.e. prefix + a character above 'z'.
            out.append(bisect_left(ordered, prefix + "\x7f") - bisect_left(ordered, prefix))
        return out
