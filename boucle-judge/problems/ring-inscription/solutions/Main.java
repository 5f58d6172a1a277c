import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;

public class Main {
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
        System.out.println(Math.min(i, j));
    }
}
