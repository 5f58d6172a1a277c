package dev.boucle.judge.workspace;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The judge's cache directory for files every sandbox may execute or map read-only (the sandbox
 * runner, JVM start-up archives). Nobody else may be able to swap them: the directory and each
 * file must be ours, not links, and writable by us alone (others may only traverse and read).
 */
public final class PrivateDirectory {
    private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;

    private PrivateDirectory() {
    }

    /** Creates the directory if needed (0711) and checks it is safely ours. */
    public static Path ensure(Path dir) throws IOException {
        if (!Files.exists(dir, NOFOLLOW)) {
            Files.createDirectories(dir.getParent());
            try {
                Files.createDirectory(dir);
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx--x--x"));
            } catch (FileAlreadyExistsException raced) {
                // Another judge process made it a moment ago; the checks below still apply.
            }
        }
        checkOurs(dir, true);
        return dir;
    }

    /** Throws unless {@code file} is a plain file owned and writable by this judge alone. */
    public static void checkFile(Path file) throws IOException {
        checkOurs(file, false);
    }

    private static void checkOurs(Path path, boolean directory) throws IOException {
        if (Files.isSymbolicLink(path) || (directory ? !Files.isDirectory(path, NOFOLLOW)
                : !Files.isRegularFile(path, NOFOLLOW))) {
            throw new IOException(path + " is not a plain " + (directory ? "directory" : "file"));
        }
        int owner = (Integer) Files.getAttribute(path, "unix:uid", NOFOLLOW);
        int self = (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path, NOFOLLOW);
        if (owner != self || permissions.contains(PosixFilePermission.GROUP_WRITE)
                || permissions.contains(PosixFilePermission.OTHERS_WRITE)) {
            throw new IOException(path + " is not owned and writable by this judge alone");
        }
    }
}
