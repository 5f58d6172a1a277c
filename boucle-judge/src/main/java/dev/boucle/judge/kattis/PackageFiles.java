package dev.boucle.judge.kattis;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Brings a package (a folder or a zip) into a fresh folder of the judge's own, refusing what
 * could write outside it or smuggle a host file in: names with {@code ..} or an absolute path
 * (zip slip), symbolic links, special files, and more files or bytes than {@link PackageLimits}.
 * Working on a private copy also means the package cannot change while it is checked and judged.
 */
final class PackageFiles {
    private static final Pattern PART = Pattern.compile("[A-Za-z0-9_.+-][A-Za-z0-9_.+ -]{0,254}");

    private PackageFiles() {
    }

    static void unzip(Path zip, Path target, PackageLimits limits) throws IOException {
        if (Files.size(zip) > limits.maxTotalBytes()) {
            throw new PackageException("the archive is larger than " + mib(limits.maxTotalBytes()) + " MiB");
        }
        List<String> links = ZipSymlinks.find(zip);
        if (!links.isEmpty()) {
            throw new PackageException("symbolic links are not allowed in a package: " + printable(links.get(0)));
        }
        Budget budget = new Budget(limits);
        Set<String> seen = new HashSet<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                Path out = safeTarget(target, name);
                if (!seen.add(target.relativize(out).toString())) {
                    throw new PackageException("the archive holds " + printable(name) + " twice");
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                    continue;
                }
                budget.file(name);
                Files.createDirectories(out.getParent());
                try (InputStream in = file.getInputStream(entry)) {
                    copy(in, out, name, budget);
                }
            }
        } catch (ZipException e) {
            throw new PackageException("not a readable zip archive: " + e.getMessage());
        }
    }

    /** Copies a package folder, refusing links and special files rather than following them. */
    static void copyTree(Path source, Path target, PackageLimits limits) throws IOException {
        if (Files.isSymbolicLink(source) || !Files.isDirectory(source)) {
            throw new PackageException("package folder not found: " + source);
        }
        Budget budget = new Budget(limits);
        Files.walkFileTree(source, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(safeTarget(target, source.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                String name = source.relativize(file).toString();
                if (attrs.isSymbolicLink()) {
                    throw new PackageException("symbolic links are not allowed in a package: " + printable(name));
                }
                if (!attrs.isRegularFile()) {
                    throw new PackageException("not a regular file: " + printable(name));
                }
                budget.file(name);
                try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
                    copy(in, safeTarget(target, name), name, budget);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** The entry's place under {@code target}, or an error when the name could lead anywhere else. */
    static Path safeTarget(Path target, String name) {
        if (name.isEmpty()) {
            return target;
        }
        String trimmed = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
        if (trimmed.startsWith("/") || trimmed.contains("\\") || trimmed.contains("\0")) {
            throw new PackageException("unsafe file name in the package: " + printable(name));
        }
        for (String part : trimmed.split("/", -1)) {
            if (part.equals(".") || part.equals("..") || !PART.matcher(part).matches()) {
                throw new PackageException("unsafe file name in the package: " + printable(name));
            }
        }
        Path out = target.resolve(trimmed).normalize();
        if (!out.startsWith(target)) {
            throw new PackageException("unsafe file name in the package: " + printable(name));
        }
        return out;
    }

    private static void copy(InputStream in, Path out, String name, Budget budget) throws IOException {
        try (OutputStream o = Files.newOutputStream(out, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                LinkOption.NOFOLLOW_LINKS)) {
            byte[] buffer = new byte[64 * 1024];
            long written = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                written += n;
                budget.bytes(name, written, n);
                o.write(buffer, 0, n);
            }
        }
    }

    static String printable(String text) {
        String clipped = text.length() > 120 ? text.substring(0, 120) + "..." : text;
        StringBuilder out = new StringBuilder();
        for (char c : clipped.toCharArray()) {
            out.append(Character.isISOControl(c) ? '?' : c);
        }
        return out.toString();
    }

    private static long mib(long bytes) {
        return bytes >> 20;
    }

    /** Counts files and bytes across the whole package. */
    private static final class Budget {
        private final PackageLimits limits;
        private long total;
        private int files;

        Budget(PackageLimits limits) {
            this.limits = limits;
        }

        void file(String name) {
            if (++files > limits.maxFiles()) {
                throw new PackageException("the package has more than " + limits.maxFiles() + " files");
            }
        }

        void bytes(String name, long fileSoFar, int more) {
            total += more;
            if (fileSoFar > limits.maxFileBytes()) {
                throw new PackageException(printable(name) + " is larger than " + limits.maxFileBytes() + " bytes");
            }
            if (total > limits.maxTotalBytes()) {
                throw new PackageException("the package is larger than " + limits.maxTotalBytes() + " bytes unpacked");
            }
        }
    }
}
