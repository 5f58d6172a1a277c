package dev.boucle.platform;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The version of an engine as its jar says it (the manifest's {@code Implementation-Version}, else
 * the {@code pom.properties} Maven writes into every jar), for the log of computed results: a
 * verdict or a plan is recorded with the build of the engine that made it.
 */
public final class EngineVersion {

    private EngineVersion() {}

    /** The version of the jar holding {@code engineClass}, whose Maven artifact is {@code dev.boucle:artifact}. */
    public static String of(Class<?> engineClass, String artifact) {
        String manifest = engineClass.getPackage().getImplementationVersion();
        if (manifest != null) return manifest;
        try (InputStream in = engineClass.getResourceAsStream("/META-INF/maven/dev.boucle/" + artifact + "/pom.properties")) {
            if (in != null) {
                Properties pom = new Properties();
                pom.load(in);
                String version = pom.getProperty("version");
                if (version != null) return version;
            }
        } catch (IOException e) {
            // A jar that cannot be read says nothing of its version; the build below says so.
        }
        // Classes straight from a build directory (an IDE): no jar, so no version to give.
        return "unpackaged";
    }
}
