class Solution:
    # Relaxes every manager from their reports until nothing changes: quadratic on a long line.
    def heaviestChains(self, manager, load):
        best = list(load)
        changed = True
        while changed:
            changed = False
            for i, up in enumerate(manager):
                if up >= 0 and load[up] + max(0, best[i]) > best[up]:
                    best[up] = load[up] + max(0, best[i])
                    changed = True
        return best
