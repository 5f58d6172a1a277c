import java.util.TreeSet;

class Solution {
    // Counts distinct tags: a tag used on several notes counts once.
    public int[] countByPrefix(String[] tags, String[] typed) {
        TreeSet<String> set = new TreeSet<>(java.util.Arrays.asList(tags));
        int[] out = new int[typed.length];
        for (int q = 0; q < typed.length; q++) {
            out[q] = set.subSet(typed[q], true, typed[q] + '\u007f', false).size();
        }
        return out;
    }
}
