package dev.boucle.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;

/** The shipped data files (process, rubrics, questions) as UTF-8 text. */
public final class ClasspathText {

    private ClasspathText() {}

    /** The file's text; a missing file is a broken build, not bad input. */
    public static String read(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Missing " + resource + " in the build", e);
        }
    }
}
