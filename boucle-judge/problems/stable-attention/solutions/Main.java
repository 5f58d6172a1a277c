import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StreamTokenizer;

public class Main {
    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedReader(new InputStreamReader(System.in)));
        in.resetSyntax();
        in.wordChars(33, 126);
        in.whitespaceChars(0, 32);
        int n = (int) next(in), m = (int) next(in), d = (int) next(in), e = (int) next(in);
        boolean causal = next(in) == 1;
        double[][] q = read(in, n, d), k = read(in, m, d), v = read(in, m, e);
        double scale = 1 / Math.sqrt(d);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int allowed = causal ? i + (m - n) + 1 : m;
            double[] scores = new double[allowed];
            double top = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < allowed; j++) {
                double s = 0;
                for (int t = 0; t < d; t++) s += q[i][t] * k[j][t];
                scores[j] = s * scale;
                top = Math.max(top, scores[j]);
            }
            double total = 0;
            for (int j = 0; j < allowed; j++) {
                scores[j] = Math.exp(scores[j] - top);
                total += scores[j];
            }
            double[] row = new double[e];
            for (int j = 0; j < allowed; j++) {
                for (int c = 0; c < e; c++) row[c] += scores[j] / total * v[j][c];
            }
            for (int c = 0; c < e; c++) out.append(String.format("%.9f", row[c])).append(c + 1 < e ? " " : "\n");
        }
        System.out.print(out);
    }

    private static double next(StreamTokenizer in) throws IOException {
        in.nextToken();
        return Double.parseDouble(in.sval);
    }

    private static double[][] read(StreamTokenizer in, int rows, int cols) throws IOException {
        double[][] a = new double[rows][cols];
        for (int r = 0; r < rows; r++) for (int c = 0; c < cols; c++) a[r][c] = next(in);
        return a;
    }
}
