import java.io.BufferedReader;
import java.io.InputStreamReader;

public class Guess {
    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        long n = Long.parseLong(in.readLine().trim());
        long lo = 1, hi = n;
        while (true) {
            long mid = lo + (hi - lo) / 2;
            System.out.println(mid);
            System.out.flush();
            String reply = in.readLine();
            if (reply.equals("correct")) return;
            if (reply.equals("higher")) lo = mid + 1; else hi = mid - 1;
        }
    }
}
