package dev.boucle.judge.workspace;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * Deletes a directory tree a sandbox has written to without ever following a symlink.
 *
 * <p>Every step goes through {@link SecureDirectoryStream}, i.e. openat/unlinkat relative to an
 * already-open directory with O_NOFOLLOW: a link planted by a submission (say {@code box/x ->
 * /etc}) is removed as a link, and swapping a directory for a link mid-walk cannot redirect us.
 */
public final class TreeRemover {
    private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;

    private TreeRemover() {
    }

    public static void remove(Path root) throws IOException {
        if (!Files.exists(root, NOFOLLOW)) {
            return;
        }
        if (!Files.isDirectory(root, NOFOLLOW)) {
            Files.delete(root);
            return;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(root)) {
            if (!(stream instanceof SecureDirectoryStream<Path> secure)) {
                throw new IOException("this platform lacks SecureDirectoryStream; refusing an unsafe delete of " + root);
            }
            removeContents(secure);
        }
        Files.delete(root);
    }

    private static void removeContents(SecureDirectoryStream<Path> dir) throws IOException {
        List<Path> names = new ArrayList<>();
        dir.forEach(entry -> names.add(entry.getFileName()));
        for (Path name : names) {
            BasicFileAttributes attributes = dir.getFileAttributeView(name, BasicFileAttributeView.class, NOFOLLOW)
                    .readAttributes();
            if (attributes.isDirectory()) {
                // A submission may have chmod 000-ed its own directory to make cleanup fail.
                dir.getFileAttributeView(name, PosixFileAttributeView.class, NOFOLLOW)
                        .setPermissions(PosixFilePermissions.fromString("rwx------"));
                try (SecureDirectoryStream<Path> child = dir.newDirectoryStream(name, NOFOLLOW)) {
                    removeContents(child);
                }
                dir.deleteDirectory(name);
            } else {
                dir.deleteFile(name);
            }
        }
    }
}
