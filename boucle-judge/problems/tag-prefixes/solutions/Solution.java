class Solution {
    // A trie whose nodes count the tags passing through them.
    public int[] countByPrefix(String[] tags, String[] typed) {
        int letters = 1;
        for (String t : tags) letters += t.length();
        int[][] next = new int[letters][26];
        int[] count = new int[letters];
        int nodes = 1;
        for (String t : tags) {
            int node = 0;
            count[0]++;
            for (int i = 0; i < t.length(); i++) {
                int c = t.charAt(i) - 'a';
                if (next[node][c] == 0) next[node][c] = nodes++;
                node = next[node][c];
                count[node]++;
            }
        }
        int[] out = new int[typed.length];
        for (int q = 0; q < typed.length; q++) {
            int node = 0;
            String p = typed[q];
            for (int i = 0; i < p.length() && node >= 0; i++) {
                int child = next[node][p.charAt(i) - 'a'];
                node = child == 0 ? -1 : child;
            }
            out[q] = node < 0 ? 0 : count[node];
        }
        return out;
    }
}
