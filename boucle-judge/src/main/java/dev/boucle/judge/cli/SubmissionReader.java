package dev.boucle.judge.cli;

import dev.boucle.judge.engine.Judge;
import dev.boucle.judge.submission.SourceFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads a submission from the command line: one file (named by the judge), several files, or a
 * folder of files (both keep their names). Anything unsafe or odd is a usage error naming it:
 * a name that is not plain, two files of the same name, a folder or link inside the folder.
 */
final class SubmissionReader {
    private SubmissionReader() {
    }

    static SourceFiles read(List<Path> paths) {
        if (paths.isEmpty()) {
            throw new UsageException("missing --source");
        }
        if (paths.size() == 1 && !Files.isDirectory(paths.get(0))) {
            return SourceFiles.single(content(paths.get(0)));
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Path path : paths.size() == 1 ? list(paths.get(0)) : paths) {
            String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
            try {
                SourceFiles.checkName(name);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage() + " (" + path + ")");
            }
            if (files.put(name, content(path)) != null) {
                throw new UsageException("two source files are named " + name);
            }
        }
        try {
            return SourceFiles.of(files);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static List<Path> list(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            List<Path> files = entries.sorted().toList();
            for (Path file : files) {
                if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    throw new UsageException("submission folder " + folder + " may hold plain files only, not "
                            + file.getFileName());
                }
            }
            if (files.isEmpty()) {
                throw new UsageException("submission folder " + folder + " is empty");
            }
            return files;
        } catch (IOException e) {
            throw new UsageException("cannot list " + folder + ": " + e.getMessage());
        }
    }

    private static byte[] content(Path path) {
        try {
            if (!Files.isRegularFile(path)) {
                throw new UsageException("source " + path + " is not a file");
            }
            if (Files.size(path) > Judge.MAX_SOURCE_BYTES * 4L) {
                throw new UsageException("source file " + path + " is far too large");
            }
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UsageException("cannot read source " + path + ": " + e.getMessage());
        }
    }
}
