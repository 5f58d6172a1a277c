class Solution:
    def longestCalmStretch(self, temps, k):
        best = 0
        for i in range(len(temps)):
            hi = lo = temps[i]
            for j in range(i, len(temps)):
                hi, lo = max(hi, temps[j]), min(lo, temps[j])
                if hi - lo > k:
                    break
                best = max(best, j - i + 1)
        return best
