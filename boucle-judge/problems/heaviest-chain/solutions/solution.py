class Solution:
    def heaviestChains(self, manager, load):
        n = len(manager)
        children = [[] for _ in range(n)]
        root = 0
        for i, m in enumerate(manager):
            if m < 0:
                root = i
            else:
                children[m].append(i)
        # Iterative pre-order; reversed, every employee comes after all of their reports.
        order, stack = [], [root]
        while stack:
            node = stack.pop()
            order.append(node)
            stack.extend(children[node])
        best = [0] * n
        for node in reversed(order):
            below = max((best[c] for c in children[node]), default=0)
            best[node] = load[node] + max(0, below)
        return best
