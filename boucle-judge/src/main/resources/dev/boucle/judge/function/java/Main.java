// boucle-judge function harness (template). The candidate's code is Solution.java, compiled
// beside this file; nothing here comes from the candidate. Protocol: see FunctionProtocol.java.
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Array;
import java.nio.charset.StandardCharsets;
import java.util.Collection;

public final class Main {
    private static final Object LOCK = new Object();
    private static PrintStream results;
    private static String tag;
    private static volatile int current = -1;
    private static volatile long startWall;
    private static volatile long startCpu;

    public static void main(String[] argv) throws Exception {
        // Everything is read before the candidate's class is first touched (and so initialised).
        byte[] input = System.in.readAllBytes();
        results = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        System.setOut(System.err);
        Input in = new Input(input);
        tag = in.token();
        long budgetNs = Long.parseLong(in.token()) * 1_000_000L;
        int count = Integer.parseInt(in.token());
        String[] types = { {{TYPES}} };
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long mainId = Thread.currentThread().threadId();
        Thread watchdog = new Thread(() -> watch(mx, mainId, budgetNs), "boucle-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        for (int k = 0; k < count; k++) {
            Object[] args = new Object[types.length];
            for (int i = 0; i < types.length; i++) {
                args[i] = in.value(types[i]);
            }
            emit("B " + k);
            long cpu0 = mx.getCurrentThreadCpuTime();
            startCpu = cpu0;
            startWall = System.nanoTime();
            current = k;
            String line;
            try {
                Object result = call(args);
                line = finish(mx, cpu0, k, "R") + " " + json(result);
            } catch (Throwable t) {
                String text = t.toString();
                line = finish(mx, cpu0, k, "E") + " " + quote(text.length() > 300 ? text.substring(0, 300) : text);
            }
            emit(line);
        }
        emit("D");
        // halt, not exit: the candidate's shutdown hooks and stray threads get no say in the result.
        Runtime.getRuntime().halt(0);
    }

    private static Object call(Object[] args) throws Exception {
        return new Solution().{{METHOD}}({{ARGUMENTS}});
    }

    private static String finish(ThreadMXBean mx, long cpu0, int k, String kind) {
        long cpu = mx.getCurrentThreadCpuTime() - cpu0;
        long wall = System.nanoTime() - startWall;
        synchronized (LOCK) {
            current = -1;
        }
        return kind + " " + k + " " + cpu / 1000 + " " + wall / 1000;
    }

    private static void emit(String line) {
        synchronized (LOCK) {
            results.print(tag + " " + line + "\n");
            results.flush();
        }
    }

    /** Per-test CPU budget: the main thread's CPU time, polled; a call cannot be stopped safely, so halt. */
    private static void watch(ThreadMXBean mx, long mainId, long budgetNs) {
        while (true) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                return;
            }
            int k = current;
            if (k >= 0 && mx.getThreadCpuTime(mainId) - startCpu > budgetNs) {
                synchronized (LOCK) {
                    if (current == k) {
                        results.print(tag + " T " + k + " " + budgetNs / 1000 + " "
                                + (System.nanoTime() - startWall) / 1000 + "\n");
                        results.flush();
                        Runtime.getRuntime().halt(0);
                    }
                }
            }
        }
    }

    static String json(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            return Double.isFinite(d) ? Double.toString(d) : "null";
        }
        if (v instanceof Number || v instanceof Boolean) {
            return v.toString();
        }
        if (v instanceof CharSequence s) {
            return quote(s.toString());
        }
        StringBuilder b = new StringBuilder("[");
        if (v.getClass().isArray()) {
            for (int i = 0; i < Array.getLength(v); i++) {
                b.append(i == 0 ? "" : ",").append(json(Array.get(v, i)));
            }
        } else if (v instanceof Collection<?> c) {
            for (Object item : c) {
                b.append(b.length() == 1 ? "" : ",").append(json(item));
            }
        } else {
            return quote("unsupported " + v.getClass().getName());
        }
        return b.append(']').toString();
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /** Reads the judge's typed text encoding of arguments. */
    static final class Input {
        private final byte[] data;
        private int pos;

        Input(byte[] data) {
            this.data = data;
        }

        String token() {
            while (pos < data.length && data[pos] <= ' ') {
                pos++;
            }
            int start = pos;
            while (pos < data.length && data[pos] > ' ') {
                pos++;
            }
            return new String(data, start, pos - start, StandardCharsets.US_ASCII);
        }

        int count() {
            return Integer.parseInt(token());
        }

        Object value(String type) {
            switch (type) {
                case "int": return Integer.parseInt(token());
                case "long": return Long.parseLong(token());
                case "double": return Double.parseDouble(token());
                case "bool": return token().equals("1");
                case "string": {
                    int n = count();
                    pos++;
                    String s = new String(data, pos, n, StandardCharsets.UTF_8);
                    pos += n;
                    return s;
                }
                case "int[]": {
                    int[] a = new int[count()];
                    for (int i = 0; i < a.length; i++) a[i] = Integer.parseInt(token());
                    return a;
                }
                case "long[]": {
                    long[] a = new long[count()];
                    for (int i = 0; i < a.length; i++) a[i] = Long.parseLong(token());
                    return a;
                }
                case "double[]": {
                    double[] a = new double[count()];
                    for (int i = 0; i < a.length; i++) a[i] = Double.parseDouble(token());
                    return a;
                }
                case "string[]": {
                    String[] a = new String[count()];
                    for (int i = 0; i < a.length; i++) a[i] = (String) value("string");
                    return a;
                }
                case "int[][]": {
                    int[][] a = new int[count()][];
                    for (int i = 0; i < a.length; i++) a[i] = (int[]) value("int[]");
                    return a;
                }
                case "double[][]": {
                    double[][] a = new double[count()][];
                    for (int i = 0; i < a.length; i++) a[i] = (double[]) value("double[]");
                    return a;
                }
                default: throw new IllegalArgumentException("unknown type " + type);
            }
        }
    }
}
