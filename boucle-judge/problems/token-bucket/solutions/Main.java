import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.HashMap;
import java.util.Map;
import java.util.StringTokenizer;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        StringTokenizer head = new StringTokenizer(in.readLine());
        long capacity = Long.parseLong(head.nextToken()), period = Long.parseLong(head.nextToken());
        int n = Integer.parseInt(head.nextToken());
        Map<String, long[]> buckets = new HashMap<>();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            StringTokenizer line = new StringTokenizer(in.readLine());
            long t = Long.parseLong(line.nextToken());
            String client = line.nextToken();
            long cost = Long.parseLong(line.nextToken());
            long[] b = buckets.computeIfAbsent(client, c -> new long[] {capacity, t});
            long gained = (t - b[1]) / period;
            b[0] = Math.min(capacity, b[0] + gained);
            b[1] = b[0] == capacity ? t : b[1] + gained * period;
            boolean accept = b[0] >= cost;
            if (accept) b[0] -= cost;
            out.append(accept ? "ACCEPT " : "REJECT ").append(b[0]).append('\n');
        }
        System.out.print(out);
    }
}
