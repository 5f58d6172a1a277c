import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringTokenizer;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        StringTokenizer head = new StringTokenizer(in.readLine());
        int n = Integer.parseInt(head.nextToken()), retries = Integer.parseInt(head.nextToken());
        long base = Long.parseLong(head.nextToken()), cap = Long.parseLong(head.nextToken());
        long requests = 0, wait = 0;
        int aborted = 0;
        Map<String, Long> versions = new LinkedHashMap<>();
        for (int page = 1; page <= n; page++) {
            StringTokenizer line = new StringTokenizer(in.readLine());
            int failures = Integer.parseInt(line.nextToken()), count = Integer.parseInt(line.nextToken());
            int attempts = Math.min(failures, retries) + 1;
            requests += attempts;
            long delay = base;
            for (int r = 1; r < attempts; r++) {
                wait += Math.min(cap, delay);
                delay = delay >= cap ? cap : Math.min(cap, delay * 2);  // never doubles past cap: no overflow
            }
            if (failures > retries) {
                aborted = page;
                break;
            }
            for (int i = 0; i < count; i++) {
                String key = line.nextToken();
                long version = Long.parseLong(line.nextToken());
                Long stored = versions.get(key);
                if (stored == null || version > stored) versions.put(key, version);
            }
        }
        StringBuilder out = new StringBuilder(aborted > 0 ? "ABORTED " + aborted : "OK").append('\n');
        out.append("requests ").append(requests).append(" wait ").append(wait).append('\n');
        out.append(versions.size()).append('\n');
        versions.forEach((k, v) -> out.append(k).append(' ').append(v).append('\n'));
        System.out.print(out);
    }
}
