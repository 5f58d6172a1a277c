class Solution:
    # Compares every typed string with every tag: tags x typed work.
    def countByPrefix(self, tags, typed):
        return [sum(1 for t in tags if t.startswith(p)) for p in typed]
