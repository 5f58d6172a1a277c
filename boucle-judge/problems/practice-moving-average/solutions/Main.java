import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;

public class Main {
    public static void main(String[] args) throws IOException {
        InputStream in = new DataInputStream(new java.io.BufferedInputStream(System.in, 1 << 16));
        int n = (int) read(in), k = (int) read(in);
        long[] samples = new long[n];
        long total = 0; // up to 2 * 10^14: long, not int
        StringBuilder out = new StringBuilder(n * 16);
        for (int i = 0; i < n; i++) {
            samples[i] = read(in);
            total += samples[i];
            if (i >= k) total -= samples[i - k];
            out.append((double) total / Math.min(i + 1, k)).append('\n');
        }
        PrintWriter w = new PrintWriter(System.out);
        w.print(out);
        w.flush();
    }

    private static long read(InputStream in) throws IOException {
        int c = in.read();
        while (c == ' ' || c == '\n' || c == '\r') c = in.read();
        long v = 0;
        while (c >= '0' && c <= '9') {
            v = v * 10 + (c - '0');
            c = in.read();
        }
        return v;
    }
}
