package dev.boucle.judge.engine;

import java.nio.file.Path;
import java.util.Map;

/**
 * Host-specific settings.
 *
 * @param workBase where per-submission directories are created (never mounted as a whole)
 * @param javaHome the JDK used for Java submissions, filling {javaHome} in languages.yaml
 */
public record JudgeSettings(Path workBase, String javaHome) {

    /**
     * Where the judge keeps files it builds once and every sandbox may read (the runner, JVM
     * start-up archives): beside the work directory, never inside it.
     */
    public Path cacheDir() {
        return Path.of(workBase + "-cache");
    }

    public static JudgeSettings fromEnvironment(Map<String, String> env) {
        Path base = Path.of(env.getOrDefault("BOUCLE_JUDGE_WORKDIR",
                Path.of(System.getProperty("java.io.tmpdir"), "boucle-judge").toString()));
        String javaHome = env.getOrDefault("BOUCLE_JUDGE_JAVA_HOME", System.getProperty("java.home"));
        return new JudgeSettings(base.toAbsolutePath(), javaHome);
    }
}
