package dev.boucle.judge.kattis;

import dev.boucle.judge.language.LanguageCatalog;
import dev.boucle.judge.support.SandboxFixture;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** The test packages under src/test/resources/kattis, written for these tests, and helpers around them. */
final class Packages {
    static final Path ROOT = Path.of("src/test/resources/kattis");

    private Packages() {
    }

    static PackageImporter importer() {
        return importer(PackageLimits.DEFAULT);
    }

    static PackageImporter importer(PackageLimits limits) {
        return new PackageImporter(SandboxFixture.judge(), LanguageCatalog.builtIn(), limits);
    }

    /** A writable copy of a test package, to break it on purpose. */
    static Path copy(String name) {
        Path target = SandboxFixture.newDir("pkg").resolve(name);
        try {
            PackageFiles.copyTree(ROOT.resolve(name), target, PackageLimits.DEFAULT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** Zips a folder with the folder itself as the archive's top entry, as `zip -r name.zip name` does. */
    static Path zip(Path folder, Path zip) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out);
             Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                z.putNextEntry(new ZipEntry(folder.getFileName() + "/" + folder.relativize(file)));
                Files.copy(file, z);
                z.closeEntry();
            }
        }
        return zip;
    }

    /** A zip of the given entries, in order; an entry name may be anything, "../x" included. */
    static Path zipOf(Path zip, Map<String, String> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            for (var entry : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(entry.getKey()));
                z.write(entry.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return zip;
    }

    /**
     * Marks the central-directory entry number {@code index} as a Unix symbolic link, as Info-ZIP
     * writes one with -y (java.util.zip cannot write file modes).
     */
    static void markSymlink(Path zip, int index) throws IOException {
        byte[] bytes = Files.readAllBytes(zip);
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int found = -1;
        for (int i = 0; i + 4 <= bytes.length; i++) {
            if (b.getInt(i) == 0x02014b50 && ++found == index) {
                b.putShort(i + 4, (short) (3 << 8 | 30));
                b.putInt(i + 38, 0120777 << 16);
                Files.write(zip, bytes);
                return;
            }
        }
        throw new IllegalArgumentException("no central entry " + index);
    }
}
