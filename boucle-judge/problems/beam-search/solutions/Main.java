import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

public class Main {
    record Hypothesis(long score, int[] tokens) {
    }

    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(System.in, 1 << 16));
        int v = read(in), width = read(in), steps = read(in);
        int[][] score = new int[v][v];
        for (int a = 0; a < v; a++) for (int b = 0; b < v; b++) score[a][b] = read(in);
        List<Hypothesis> beam = List.of(new Hypothesis(0, new int[0]));
        for (int step = 0; step < steps; step++) {
            List<Hypothesis> candidates = new ArrayList<>(beam.size() * v);
            for (Hypothesis h : beam) {
                int prev = h.tokens().length == 0 ? 0 : h.tokens()[h.tokens().length - 1];
                for (int b = 0; b < v; b++) {
                    int[] tokens = Arrays.copyOf(h.tokens(), h.tokens().length + 1);
                    tokens[tokens.length - 1] = b;
                    candidates.add(new Hypothesis(h.score() + score[prev][b], tokens));
                }
            }
            candidates.sort((x, y) -> x.score() != y.score() ? Long.compare(y.score(), x.score())
                    : Arrays.compare(x.tokens(), y.tokens()));
            beam = candidates.subList(0, Math.min(width, candidates.size()));
        }
        StringBuilder out = new StringBuilder();
        for (Hypothesis h : beam) {
            out.append(h.score());
            for (int t : h.tokens()) out.append(' ').append(t);
            out.append('\n');
        }
        System.out.print(out);
    }

    private static int read(DataInputStream in) throws IOException {
        int c = in.read();
        while (c <= ' ') c = in.read();
        boolean negative = c == '-';
        if (negative) c = in.read();
        int x = 0;
        while (c > ' ') {
            x = x * 10 + (c - '0');
            c = in.read();
        }
        return negative ? -x : x;
    }
}
