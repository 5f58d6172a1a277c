class Solution:
    def coverage(self, shifts):
        blocks = covered = 0
        end = -1
        for s, e in sorted(shifts):
            if s > end:  # a gap: a new block starts (touching shifts, s == end, continue it)
                blocks += 1
                covered += e - s
                end = e
            elif e > end:
                covered += e - end
                end = e
        return [blocks, covered]
