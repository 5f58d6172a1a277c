package dev.boucle.judge.workspace;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * One submission's directories on the host:
 * <pre>
 *   sub-UUID/          0711, judge-owned
 *     src/             0755, judge-owned, mounted read-only at /src (the submission's source)
 *     box/             0700, owned by the sandbox uid, writable by the compile step only
 *     private/         0700, judge-owned, never mounted (status files, checker scratch)
 * </pre>
 * The judge writes into src/ and private/ only, before any sandbox has run or in directories no
 * sandbox can reach, and never reads anything back from box/.
 */
public final class Workspace implements AutoCloseable {
    private final Path root;

    private Workspace(Path root) {
        this.root = root;
    }

    public static Workspace create(Path base, OptionalInt sandboxUid) throws IOException {
        Files.createDirectories(base);
        if (Files.isSymbolicLink(base)) {
            throw new IOException("work directory " + base + " is a symlink");
        }
        Path root = base.resolve("sub-" + UUID.randomUUID());
        Workspace workspace = new Workspace(root);
        try {
            mkdir(root, "rwx--x--x");
            mkdir(root.resolve("src"), "rwxr-xr-x");
            mkdir(root.resolve("private"), "rwx------");
            Path box = mkdir(root.resolve("box"), "rwx------");
            if (sandboxUid.isPresent()) {
                Files.setAttribute(box, "unix:uid", sandboxUid.getAsInt(), LinkOption.NOFOLLOW_LINKS);
            }
            return workspace;
        } catch (IOException | RuntimeException e) {
            workspace.close();
            throw e;
        }
    }

    /** Writes a judge-chosen file name in src/; the directory is fresh, so CREATE_NEW cannot meet a link. */
    public Path writeSource(String fileName, byte[] content) throws IOException {
        Path file = src().resolve(fileName);
        if (!file.getParent().equals(src())) {
            throw new IllegalArgumentException("source file name must not contain a path: " + fileName);
        }
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                LinkOption.NOFOLLOW_LINKS)) {
            out.write(content);
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        return file;
    }

    public Path root() {
        return root;
    }

    public Path src() {
        return root.resolve("src");
    }

    public Path box() {
        return root.resolve("box");
    }

    public Path privateDir() {
        return root.resolve("private");
    }

    @Override
    public void close() throws IOException {
        TreeRemover.remove(root);
    }

    private static Path mkdir(Path dir, String permissions) throws IOException {
        Files.createDirectory(dir);
        // Set explicitly: createDirectory's attribute is filtered by the umask.
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString(permissions));
        return dir;
    }
}
