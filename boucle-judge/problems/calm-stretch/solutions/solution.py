from collections import deque


class Solution:
    def longestCalmStretch(self, temps, k):
        # Two monotonic deques hold the window's maximum and minimum candidates.
        highs, lows = deque(), deque()
        best = left = 0
        for right, t in enumerate(temps):
            while highs and temps[highs[-1]] <= t:
                highs.pop()
            highs.append(right)
            while lows and temps[lows[-1]] >= t:
                lows.pop()
            lows.append(right)
            while temps[highs[0]] - temps[lows[0]] > k:
                left += 1
                if highs[0] < left:
                    highs.popleft()
                if lows[0] < left:
                    lows.popleft()
            best = max(best, right - left + 1)
        return best
