import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StreamTokenizer;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Comparator;
import java.util.StringTokenizer;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        StringTokenizer head = new StringTokenizer(in.readLine());
        int n = Integer.parseInt(head.nextToken());
        long quantum = Long.parseLong(head.nextToken());
        long[] arrival = new long[n], remaining = new long[n], done = new long[n];
        for (int i = 0; i < n; i++) {
            StringTokenizer line = new StringTokenizer(in.readLine());
            arrival[i] = Long.parseLong(line.nextToken());
            remaining[i] = Long.parseLong(line.nextToken());
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Arrays.sort(order, Comparator.<Integer>comparingLong(i -> arrival[i]).thenComparingInt(i -> i));
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        long time = 0;
        int next = 0, finished = 0;
        while (finished < n) {
            if (queue.isEmpty()) {
                time = Math.max(time, arrival[order[next]]);
                while (next < n && arrival[order[next]] <= time) queue.add(order[next++]);
            }
            int k = queue.size();
            long rounds = Long.MAX_VALUE;
            for (int j : queue) rounds = Math.min(rounds, (remaining[j] + quantum - 1) / quantum - 1);
            if (next < n) rounds = Math.min(rounds, (arrival[order[next]] - time - 1) / (k * quantum));
            if (rounds > 0) {
                time += rounds * k * quantum;
                for (int j : queue) remaining[j] -= rounds * quantum;
            }
            while (!queue.isEmpty()) {
                int j = queue.poll();
                long run = Math.min(quantum, remaining[j]);
                time += run;
                remaining[j] -= run;
                int before = next;
                while (next < n && arrival[order[next]] <= time) queue.add(order[next++]);
                if (remaining[j] == 0) {
                    done[j] = time;
                    finished++;
                    break;
                }
                queue.add(j);
                if (next != before) break;
            }
        }
        StringBuilder out = new StringBuilder();
        for (long d : done) out.append(d).append(' ');
        System.out.println(out.toString().trim());
    }
}
