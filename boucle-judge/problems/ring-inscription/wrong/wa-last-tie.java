import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;

public class Main {
    // Correct rotation, but keeps the largest of the tied positions.
    public static void main(String[] args) throws IOException {
        String s = new BufferedReader(new InputStreamReader(System.in)).readLine().trim();
        int n = s.length(), i = 0, j = 1, k = 0;
        while (i < n && j < n && k < n) {
            char a = s.charAt((i + k) % n), b = s.charAt((j + k) % n);
            if (a == b) {
                k++;
                continue;
            }
            if (a > b) i += k + 1; else j += k + 1;
            if (i == j) j++;
            k = 0;
        }
        int best = Math.min(i, j);
        int period = n;
        for (int p = 1; p < n; p++) {
            if (n % p == 0 && s.substring(p).concat(s.substring(0, p)).equals(s)) {
                period = p;
                break;
            }
        }
        System.out.println(best + (n / period - 1) * period);
    }
}
