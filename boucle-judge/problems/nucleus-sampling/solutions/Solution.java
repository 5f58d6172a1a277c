import java.util.Arrays;

class Solution {
    public int[] sampleTokens(double[][] logits, double temperature, int topK, double topP, double[] draws) {
        int[] picks = new int[logits.length];
        for (int t = 0; t < logits.length; t++) {
            double[] row = logits[t];
            Integer[] ranked = new Integer[row.length];
            for (int i = 0; i < row.length; i++) ranked[i] = i;
            Arrays.sort(ranked, (a, b) -> row[a] != row[b] ? Double.compare(row[b], row[a]) : Integer.compare(a, b));
            if (temperature == 0) {
                picks[t] = ranked[0];
                continue;
            }
            int size = topK > 0 ? Math.min(topK, row.length) : row.length;
            double top = row[ranked[0]] / temperature;
            double[] probs = new double[size];
            double total = 0;
            for (int i = 0; i < size; i++) {
                probs[i] = Math.exp(row[ranked[i]] / temperature - top);
                total += probs[i];
            }
            for (int i = 0; i < size; i++) probs[i] /= total;
            int kept = 0;
            double cumulative = 0;
            while (kept < size && (kept == 0 || cumulative < topP)) cumulative += probs[kept++];
            int chosen = ranked[kept - 1];
            double running = 0;
            for (int i = 0; i < kept; i++) {
                running += probs[i] / cumulative;
                if (draws[t] < running) {
                    chosen = ranked[i];
                    break;
                }
            }
            picks[t] = chosen;
        }
        return picks;
    }
}
