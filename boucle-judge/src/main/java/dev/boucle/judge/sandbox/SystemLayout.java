package dev.boucle.judge.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The host directories every sandbox sees read-only: /usr and the top-level links or directories
 * that point into it, plus the loader's cache. Everything else (/etc/shadow, /home, /var, /root,
 * the judge's work area and problem folders) simply does not exist inside.
 */
public record SystemLayout(List<String> bwrapArgs) {
    private static final List<String> TOP_LEVEL = List.of("bin", "sbin", "lib", "lib32", "lib64", "libx32");
    private static final List<String> ETC_FILES = List.of("/etc/ld.so.cache", "/etc/ld.so.conf",
            "/etc/ld.so.conf.d", "/etc/alternatives");

    public SystemLayout {
        bwrapArgs = List.copyOf(bwrapArgs);
    }

    public static SystemLayout ofHost() {
        List<String> args = new ArrayList<>(List.of("--ro-bind", "/usr", "/usr"));
        for (String name : TOP_LEVEL) {
            Path path = Path.of("/", name);
            if (Files.isSymbolicLink(path)) {
                // Merged-/usr hosts: recreate the link rather than binding through it.
                args.addAll(List.of("--symlink", readLink(path), path.toString()));
            } else if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                args.addAll(List.of("--ro-bind", path.toString(), path.toString()));
            }
        }
        for (String file : ETC_FILES) {
            args.addAll(List.of("--ro-bind-try", file, file));
        }
        return new SystemLayout(args);
    }

    /** Whether {@code path} is already visible through the /usr bind, so it needs no mount of its own. */
    public static boolean coveredByUsr(Path path) {
        return path.normalize().startsWith("/usr");
    }

    private static String readLink(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read link " + link, e);
        }
    }
}
