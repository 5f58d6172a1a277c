import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StreamTokenizer;

public class Main {
    // Uses % on negative numbers: the checksum can come out negative.
    public static void main(String[] args) throws IOException {
        final long mod = 1_000_000_007L;
        StreamTokenizer in = new StreamTokenizer(new BufferedReader(new InputStreamReader(System.in)));
        in.nextToken();
        int p = (int) in.nval;
        in.nextToken();
        int length = (int) in.nval;
        long[][] buf = new long[p][length];
        long checksum = 0;
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < length; j++) {
                in.nextToken();
                buf[i][j] = (long) in.nval;
                checksum = (checksum + (i + 1L) * (j + 1) * buf[i][j]) % mod;
            }
        }
        int[] bounds = new int[p + 1];
        for (int c = 0; c <= p; c++) bounds[c] = (int) ((long) c * length / p);
        StringBuilder out = new StringBuilder();
        for (int phase = 0; phase < 2; phase++) {
            for (int s = 0; s < p - 1; s++) {
                for (int i = 0; i < p; i++) {
                    int dst = (i + 1) % p;
                    int c = Math.floorMod(phase == 0 ? i - s : i + 1 - s, p);
                    for (int j = bounds[c]; j < bounds[c + 1]; j++) {
                        long value = phase == 0 ? buf[dst][j] + buf[i][j] : buf[i][j];
                        checksum = (checksum + (value - buf[dst][j]) * (dst + 1) * (j + 1)) % mod;
                        buf[dst][j] = value;
                    }
                }
                out.append(checksum).append('\n');
            }
        }
        for (int j = 0; j < length; j++) out.append(buf[0][j]).append(j + 1 < length ? ' ' : '\n');
        System.out.print(out);
    }
}
