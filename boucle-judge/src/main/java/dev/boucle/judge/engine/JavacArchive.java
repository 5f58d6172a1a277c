package dev.boucle.judge.engine;

import dev.boucle.judge.language.CommandTemplate;
import dev.boucle.judge.language.Language;
import dev.boucle.judge.workspace.PrivateDirectory;
import dev.boucle.judge.workspace.TreeRemover;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * A start-up archive for javac, which otherwise spends most of a small compile loading and
 * linking its own classes: an AOT cache on JDK 25+ (JEP 483/514), a dynamic CDS archive on JDK
 * 21-24. The judge makes it once per JDK and javac flags, on the host, by compiling a trusted
 * sample of its own (never a submission) with the language's own compile command, into its cache
 * directory; sandboxes then map it read-only. It fills the {@code {javacArchive}} placeholder
 * with the JVM option that loads it, or with {@code -J-Xshare:auto} (the default) when there is none.
 */
final class JavacArchive {
    static final String PLACEHOLDER = "{javacArchive}";
    static final String NONE = "-J-Xshare:auto";
    private static final Map<String, String> FLAGS = new ConcurrentHashMap<>();
    /** Each compiles alone: the stdio command compiles Main.java without Solution.java. */
    private static final Map<String, String> SAMPLES = Map.of(
            "Main.java", """
                    import java.util.*;
                    import java.util.stream.*;
                    public class Main {
                        record Pair(int a, long b) { }
                        public static void main(String[] args) {
                            Scanner in = new Scanner(System.in);
                            List<Pair> pairs = new ArrayList<>();
                            Map<String, Integer> counts = new HashMap<>();
                            int n = in.hasNextInt() ? in.nextInt() : 0;
                            for (int i = 0; i < n; i++) pairs.add(new Pair(i, (long) i * i));
                            pairs.sort(Comparator.comparingLong(Pair::b).reversed());
                            counts.merge("x", 1, Integer::sum);
                            System.out.println(pairs.stream().map(String::valueOf).collect(Collectors.joining(",")));
                            System.out.printf("%d %s%n", n, counts);
                        }
                    }
                    """,
            "Solution.java", """
                    import java.util.*;
                    class Solution {
                        public long solve(int[] nums) {
                            Deque<Integer> stack = new ArrayDeque<>();
                            long total = 0;
                            for (int x : nums) { stack.push(x); total += Arrays.stream(nums).sum(); }
                            return total + stack.size();
                        }
                    }
                    """);

    private JavacArchive() {
    }

    /** The option for {@code {javacArchive}}; builds the archive on first use (a few seconds, once). */
    static String option(JudgeSettings settings, Language language) {
        if (language.compile().isEmpty() || !language.compile().get().command().contains(PLACEHOLDER)) {
            return NONE;
        }
        List<String> command = new CommandTemplate(Map.of("javaHome", settings.javaHome(), "memoryMb", "256", "sources", "/src/Main.java",
                "javacArchive", PLACEHOLDER, "cacheDir", settings.cacheDir().toString()))
                .expand(language.compile().get().command());
        Optional<Integer> feature = jdkFeature(settings.javaHome());
        if (feature.isEmpty() || feature.get() < 21) {
            return NONE;
        }
        List<String> jvmOptions = command.stream().filter(a -> a.startsWith("-J") && !a.equals(PLACEHOLDER)).toList();
        String key = hash(settings.javaHome() + "\n" + release(settings.javaHome()) + "\n" + jvmOptions);
        Path archive = settings.cacheDir().resolve("javac-" + key + (feature.get() >= 25 ? ".aot" : ".jsa"));
        String load = (feature.get() >= 25 ? "-J-XX:AOTCache=" : "-J-XX:SharedArchiveFile=") + archive;
        return FLAGS.computeIfAbsent(archive.toString(), k -> {
            try {
                PrivateDirectory.ensure(settings.cacheDir());
                if (!Files.exists(archive, LinkOption.NOFOLLOW_LINKS)) {
                    build(command, archive, feature.get() >= 25 ? "-J-XX:AOTCacheOutput=" : "-J-XX:ArchiveClassesAtExit=");
                }
                PrivateDirectory.checkFile(archive);
                return load;
            } catch (IOException | RuntimeException e) {
                return NONE;
            }
        });
    }

    private static void build(List<String> command, Path archive, String output) throws IOException {
        Path work = Files.createTempDirectory(archive.getParent(), "train-");
        try {
            Path src = Files.createDirectory(work.resolve("src"));
            Path box = Files.createDirectory(work.resolve("box"));
            Path made = work.resolve(archive.getFileName());
            List<String> argv = new ArrayList<>();
            for (String arg : command) {
                if (arg.equals(PLACEHOLDER)) {
                    argv.add(output + made);
                } else if (arg.equals("/box")) {
                    argv.add(box.toString());
                } else if (arg.startsWith("/src/")) {
                    String name = arg.substring("/src/".length());
                    if (!SAMPLES.containsKey(name)) {
                        throw new IOException("no training sample for " + name);
                    }
                    Files.writeString(src.resolve(name), SAMPLES.get(name), StandardCharsets.UTF_8);
                    argv.add(src.resolve(name).toString());
                } else {
                    argv.add(arg);
                }
            }
            Process javac = new ProcessBuilder(argv).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!javac.waitFor(180, TimeUnit.SECONDS) || javac.exitValue() != 0 || !Files.isRegularFile(made)) {
                javac.destroyForcibly();
                throw new IOException("javac archive training failed");
            }
            Files.setPosixFilePermissions(made, PosixFilePermissions.fromString("rw-r--r--"));
            // Atomic: a concurrent judge sees either no archive or a whole one.
            Files.move(made, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while training the javac archive", e);
        } finally {
            TreeRemover.remove(work);
        }
    }

    private static Optional<Integer> jdkFeature(String javaHome) {
        return release(javaHome).lines().filter(l -> l.startsWith("JAVA_VERSION="))
                .map(l -> l.substring(l.indexOf('"') + 1).split("[.\"-]")[0])
                .filter(v -> v.chars().allMatch(Character::isDigit) && !v.isEmpty())
                .map(Integer::parseInt).findFirst();
    }

    private static String release(String javaHome) {
        try {
            return Files.readString(Path.of(javaHome, "release"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
