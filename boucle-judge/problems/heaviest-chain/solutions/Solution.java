import java.util.ArrayDeque;

class Solution {
    public long[] heaviestChains(int[] manager, int[] load) {
        int n = manager.length;
        int[] childCount = new int[n];
        int root = 0;
        for (int i = 0; i < n; i++) {
            if (manager[i] < 0) root = i; else childCount[manager[i]]++;
        }
        // Kahn-style from the leaves up: no recursion, so a 100000-long line is fine.
        long[] bestBelow = new long[n];
        long[] best = new long[n];
        ArrayDeque<Integer> ready = new ArrayDeque<>();
        for (int i = 0; i < n; i++) if (childCount[i] == 0) ready.add(i);
        while (!ready.isEmpty()) {
            int node = ready.poll();
            best[node] = load[node] + bestBelow[node];
            int up = manager[node];
            if (up >= 0) {
                bestBelow[up] = Math.max(bestBelow[up], best[node]);
                if (--childCount[up] == 0) ready.add(up);
            }
        }
        return best;
    }
}
