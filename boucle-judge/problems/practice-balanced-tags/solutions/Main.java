import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayDeque;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        int t = Integer.parseInt(in.readLine().trim());
        StringBuilder out = new StringBuilder();
        for (int p = 0; p < t; p++) {
            String page = in.readLine();
            out.append(verdict(page == null ? "" : page)).append('\n');
        }
        System.out.print(out);
    }

    /** "OK", "ERROR i" or "UNCLOSED name". */
    static String verdict(String page) {
        ArrayDeque<String> stack = new ArrayDeque<>(); // names of the open elements, innermost first
        int number = 0;
        for (int i = page.indexOf('<'); i >= 0; i = page.indexOf('<', i + 1)) {
            int end = page.indexOf('>', i);
            number++;
            boolean closing = page.charAt(i + 1) == '/';
            boolean alone = page.charAt(end - 1) == '/';
            String name = page.substring(i + 1 + (closing ? 1 : 0), end - (alone ? 1 : 0));
            i = end;
            if (alone) continue;
            if (!closing) {
                stack.push(name);
            } else if (!stack.isEmpty() && stack.peek().equals(name)) {
                stack.pop();
            } else {
                return "ERROR " + number;
            }
        }
        return stack.isEmpty() ? "OK" : "UNCLOSED " + stack.peek();
    }
}
