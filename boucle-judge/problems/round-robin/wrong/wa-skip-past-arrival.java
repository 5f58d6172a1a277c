import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Scanner;

public class Main {
    // Skips whole rounds without looking at the next arrival, so late jobs join too late.
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        int n = in.nextInt();
        long quantum = in.nextLong();
        long[] arrival = new long[n], remaining = new long[n], done = new long[n];
        for (int i = 0; i < n; i++) {
            arrival[i] = in.nextLong();
            remaining[i] = in.nextLong();
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
