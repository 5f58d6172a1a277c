package dev.boucle.judge.sandbox.cgroup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses v2, v1 or degraded mode at runtime. v2 is preferred (what most machines run); v1 is
 * used on hybrid hosts where the controllers are still bound to the legacy hierarchy.
 *
 * <p>Overrides: {@code BOUCLE_JUDGE_CGROUP_MODE=v2|v1|none}; {@code BOUCLE_JUDGE_CGROUP=/sys/fs/cgroup/...}
 * names the delegated v2 subtree to use instead of the judge's own cgroup.
 */
public final class CgroupDetector {
    static final String JUDGE_DIR = "boucle-judge";

    private final Map<String, String> env;
    private final Path procSelf;

    public CgroupDetector(Map<String, String> env, Path procSelf) {
        this.env = env;
        this.procSelf = procSelf;
    }

    public static CgroupDriver detectForThisProcess() {
        return new CgroupDetector(System.getenv(), Path.of("/proc/self")).detect();
    }

    public CgroupDriver detect() {
        String mode = env.getOrDefault("BOUCLE_JUDGE_CGROUP_MODE", "auto");
        List<Mount> mounts = mounts();
        return switch (mode) {
            case "none" -> new NoCgroups("disabled by BOUCLE_JUDGE_CGROUP_MODE=none");
            case "v2" -> v2(mounts).map(CgroupDriver.class::cast).orElseGet(() -> new NoCgroups(v2Problem));
            case "v1" -> v1(mounts).map(CgroupDriver.class::cast).orElseGet(() -> new NoCgroups(v1Problem));
            default -> v2(mounts).map(CgroupDriver.class::cast)
                    .or(() -> v1(mounts))
                    .orElseGet(() -> new NoCgroups("v2: " + v2Problem + "; v1: " + v1Problem));
        };
    }

    private String v2Problem = "no cgroup2 mount";
    private String v1Problem = "no cgroup v1 mounts";

    private record Mount(Path point, String type, List<String> options) {
    }

    private Optional<CgroupV2> v2(List<Mount> mounts) {
        Optional<Mount> mount = mounts.stream().filter(m -> m.type.equals("cgroup2")).findFirst();
        if (mount.isEmpty()) {
            return Optional.empty();
        }
        Path base = Optional.ofNullable(env.get("BOUCLE_JUDGE_CGROUP")).map(Path::of)
                .orElseGet(() -> under(mount.get().point, ownPath("")));
        String controllers = CgroupFiles.read(base.resolve("cgroup.controllers")).orElse("");
        if (!(controllers.contains("memory") && controllers.contains("pids"))) {
            v2Problem = "memory and pids controllers not delegated to " + base
                    + " (set BOUCLE_JUDGE_CGROUP to a delegated subtree, e.g. systemd Delegate=yes)";
            return Optional.empty();
        }
        try {
            enableControllers(base);
            Path judgeDir = base.resolve(JUDGE_DIR);
            Files.createDirectories(judgeDir);
            CgroupFiles.write(judgeDir.resolve("cgroup.subtree_control"), "+memory +pids");
            CgroupFiles.tryWrite(judgeDir.resolve("cgroup.subtree_control"), "+cpu");
            CgroupV2 driver = new CgroupV2(judgeDir);
            driver.create("probe-" + ProcessHandle.current().pid(), 64L << 20, 8).remove();
            return Optional.of(driver);
        } catch (IOException | RuntimeException e) {
            v2Problem = "cannot use " + base + ": " + e.getMessage();
            return Optional.empty();
        }
    }

    /**
     * A v2 group may not both hold processes and delegate controllers ("no internal processes"),
     * so when the judge sits in its own delegated group it moves itself into a leaf first.
     */
    private static void enableControllers(Path base) throws IOException {
        Path subtree = base.resolve("cgroup.subtree_control");
        String enabled = CgroupFiles.read(subtree).orElse("");
        if (enabled.contains("memory") && enabled.contains("pids")) {
            return;
        }
        if (!CgroupFiles.tryWrite(subtree, "+memory +pids")) {
            Path leaf = base.resolve("boucle-judge-supervisor");
            Files.createDirectories(leaf);
            for (long pid : CgroupFiles.pids(base.resolve("cgroup.procs"))) {
                CgroupFiles.tryWrite(leaf.resolve("cgroup.procs"), Long.toString(pid));
            }
            CgroupFiles.write(subtree, "+memory +pids");
        }
    }

    private Optional<CgroupV1> v1(List<Mount> mounts) {
        Map<String, Path> parents = new HashMap<>();
        for (String controller : List.of("memory", "pids", "cpuacct", "freezer")) {
            Optional<Mount> mount = mounts.stream()
                    .filter(m -> m.type.equals("cgroup") && m.options.contains(controller))
                    .findFirst();
            if (mount.isEmpty()) {
                v1Problem = "controller " + controller + " is not mounted";
                return Optional.empty();
            }
            Path own = under(mount.get().point, ownPath(controller));
            Path base = Files.isDirectory(own) ? own : mount.get().point;
            try {
                Path judgeDir = base.resolve(JUDGE_DIR);
                Files.createDirectories(judgeDir);
                parents.put(controller, judgeDir);
            } catch (IOException e) {
                v1Problem = "cannot create " + base.resolve(JUDGE_DIR) + ": " + e.getMessage();
                return Optional.empty();
            }
        }
        CgroupV1 driver = new CgroupV1(parents.get("memory"), parents.get("pids"), parents.get("cpuacct"),
                parents.get("freezer"));
        try {
            driver.create("probe-" + ProcessHandle.current().pid(), 64L << 20, 8).remove();
        } catch (RuntimeException e) {
            v1Problem = e.getMessage();
            return Optional.empty();
        }
        return Optional.of(driver);
    }

    private static Path under(Path mountPoint, String cgroupPath) {
        String relative = cgroupPath.startsWith("/") ? cgroupPath.substring(1) : cgroupPath;
        return relative.isEmpty() ? mountPoint : mountPoint.resolve(relative);
    }

    /** This process's path in the hierarchy holding {@code controller} ("" means the v2 line). */
    private String ownPath(String controller) {
        try {
            for (String line : Files.readAllLines(procSelf.resolve("cgroup"))) {
                String[] parts = line.split(":", 3);
                if (parts.length == 3 && List.of(parts[1].split(",")).contains(controller)) {
                    return parts[2];
                }
            }
        } catch (IOException e) {
            // Fall through to the hierarchy root.
        }
        return "/";
    }

    private List<Mount> mounts() {
        try {
            return Files.readAllLines(procSelf.resolve("mounts")).stream()
                    .map(line -> line.split(" "))
                    .filter(f -> f.length >= 4)
                    .map(f -> new Mount(Path.of(f[1].replace("\\040", " ")), f[2], List.of(f[3].split(","))))
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
