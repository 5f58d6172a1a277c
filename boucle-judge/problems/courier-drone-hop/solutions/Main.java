import java.io.DataInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.PriorityQueue;

public class Main {
    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(System.in, 1 << 16));
        int n = (int) read(in), m = (int) read(in);
        int[] head = new int[n + 1], next = new int[2 * m], to = new int[2 * m];
        long[] weight = new long[2 * m];
        Arrays.fill(head, -1);
        for (int i = 0; i < m; i++) {
            int u = (int) read(in), v = (int) read(in);
            long w = read(in);
            to[2 * i] = v; weight[2 * i] = w; next[2 * i] = head[u]; head[u] = 2 * i;
            to[2 * i + 1] = u; weight[2 * i + 1] = w; next[2 * i + 1] = head[v]; head[v] = 2 * i + 1;
        }
        // State index: node * 2 + used (whether the drone hop is spent).
        long[] dist = new long[2 * (n + 1)];
        Arrays.fill(dist, Long.MAX_VALUE);
        dist[2] = 0;
        PriorityQueue<long[]> heap = new PriorityQueue<>((a, b) -> Long.compare(a[0], b[0]));
        heap.add(new long[] {0, 2});
        while (!heap.isEmpty()) {
            long[] top = heap.poll();
            long d = top[0];
            int state = (int) top[1];
            if (d > dist[state]) continue;
            int u = state / 2, used = state % 2;
            for (int e = head[u]; e >= 0; e = next[e]) {
                int v = to[e];
                if (d + weight[e] < dist[2 * v + used]) {
                    dist[2 * v + used] = d + weight[e];
                    heap.add(new long[] {dist[2 * v + used], 2 * v + used});
                }
                if (used == 0 && d < dist[2 * v + 1]) {
                    dist[2 * v + 1] = d;
                    heap.add(new long[] {d, 2 * v + 1});
                }
            }
        }
        long best = Math.min(dist[2 * n], dist[2 * n + 1]);
        System.out.println(best == Long.MAX_VALUE ? -1 : best);
    }

    private static long read(DataInputStream in) throws IOException {
        int c = in.read();
        while (c <= ' ') c = in.read();
        long x = 0;
        while (c > ' ') {
            x = x * 10 + (c - '0');
            c = in.read();
        }
        return x;
    }
}
