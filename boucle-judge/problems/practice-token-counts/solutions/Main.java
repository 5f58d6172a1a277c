import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class Main {
    public static void main(String[] args) throws IOException {
        byte[] data = System.in.readAllBytes();
        int at = 0;
        while (at < data.length && data[at] != '\n') at++;
        int k = Integer.parseInt(new String(data, 0, at, StandardCharsets.US_ASCII).trim());
        Map<String, int[]> counts = new HashMap<>();
        long words = 0;
        int start = -1; // where the current word began, -1 between words
        for (int i = at + 1; i <= data.length; i++) {
            byte c = i < data.length ? data[i] : (byte) ' ';
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
                data[i] = c;
            }
            boolean inWord = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                counts.computeIfAbsent(new String(data, start, i - start, StandardCharsets.US_ASCII), w -> new int[1])[0]++;
                words++;
                start = -1;
            }
        }
        List<Map.Entry<String, int[]>> ranked = new ArrayList<>(counts.entrySet());
        // Count down, then the word up; compareTo on ASCII strings is the ASCII order.
        ranked.sort((a, b) -> a.getValue()[0] != b.getValue()[0]
                ? Integer.compare(b.getValue()[0], a.getValue()[0]) : a.getKey().compareTo(b.getKey()));
        StringBuilder out = new StringBuilder();
        out.append(words).append(' ').append(counts.size()).append('\n');
        for (int i = 0; i < ranked.size() && i < k; i++) {
            out.append(ranked.get(i).getKey()).append(' ').append(ranked.get(i).getValue()[0]).append('\n');
        }
        PrintWriter w = new PrintWriter(System.out);
        w.print(out);
        w.flush();
    }
}
