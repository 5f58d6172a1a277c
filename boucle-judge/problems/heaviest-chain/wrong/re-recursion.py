class Solution:
    def heaviestChains(self, manager, load):
        n = len(manager)
        children = [[] for _ in range(n)]
        for i, m in enumerate(manager):
            if m >= 0:
                children[m].append(i)
        best = [0] * n

        def visit(node):  # recursion depth = height of the tree
            below = 0
            for c in children[node]:
                below = max(below, visit(c))
            best[node] = load[node] + below
            return best[node]

        visit(manager.index(-1))
        return best
