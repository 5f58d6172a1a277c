import java.util.Scanner;

public class Main {
    // Causal mask j <= i, as if there were no key-value cache (ignores m - n).
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        int n = in.nextInt(), m = in.nextInt(), d = in.nextInt(), e = in.nextInt();
        boolean causal = in.nextInt() == 1;
        double[][] q = read(in, n, d), k = read(in, m, d), v = read(in, m, e);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int allowed = causal ? i + 1 : m;
            double[] s = new double[allowed];
            double top = Double.NEGATIVE_INFINITY, total = 0;
            for (int j = 0; j < allowed; j++) {
                for (int t = 0; t < d; t++) s[j] += q[i][t] * k[j][t] / Math.sqrt(d);
                top = Math.max(top, s[j]);
            }
            for (int j = 0; j < allowed; j++) total += s[j] = Math.exp(s[j] - top);
            for (int c = 0; c < e; c++) {
                double x = 0;
                for (int j = 0; j < allowed; j++) x += s[j] / total * v[j][c];
                out.append(String.format("%.9f", x)).append(c + 1 < e ? " " : "\n");
            }
        }
        System.out.print(out);
    }

    private static double[][] read(Scanner in, int rows, int cols) {
        double[][] a = new double[rows][cols];
        for (int r = 0; r < rows; r++) for (int c = 0; c < cols; c++) a[r][c] = Double.parseDouble(in.next());
        return a;
    }
}
