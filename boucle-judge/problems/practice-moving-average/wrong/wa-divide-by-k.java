import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.StringTokenizer;

public class Main {
    // Divides by k from the first sample on, as if the window were always full.
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        StringTokenizer head = new StringTokenizer(in.readLine());
        int n = Integer.parseInt(head.nextToken()), k = Integer.parseInt(head.nextToken());
        StringTokenizer line = new StringTokenizer(in.readLine());
        long[] samples = new long[n];
        long total = 0;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            samples[i] = Long.parseLong(line.nextToken());
            total += samples[i];
            if (i >= k) total -= samples[i - k];
            out.append((double) total / k).append('\n');
        }
        System.out.print(out);
    }
}
