class Solution:
    # Starts a new block when a shift begins exactly where the last one ended.
    def coverage(self, shifts):
        blocks = covered = 0
        end = -1
        for s, e in sorted(shifts):
            if s >= end:
                blocks += 1
                covered += e - s
                end = e
            elif e > end:
                covered += e - end
                end = e
        return [blocks, covered]
