package dev.boucle.judge.engine;

import dev.boucle.judge.language.CommandTemplate;
import dev.boucle.judge.language.Language;
import dev.boucle.judge.sandbox.Mount;
import dev.boucle.judge.sandbox.SystemLayout;
import dev.boucle.judge.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A source file in a workspace together with the language that builds and runs it. Used for
 * submissions and for problem authors' custom checkers alike.
 */
record Program(Language language, Workspace workspace, CommandTemplate template) {

    List<Mount> compileMounts() {
        List<Mount> mounts = languageMounts();
        mounts.add(new Mount.ReadOnly(workspace.src(), "/src"));
        mounts.add(new Mount.Writable(workspace.box(), "/box"));
        return mounts;
    }

    /** At run time /box is read-only: a test cannot rewrite the binary the next test will run. */
    List<Mount> runMounts() {
        List<Mount> mounts = languageMounts();
        mounts.add(new Mount.ReadOnly(workspace.src(), "/src"));
        mounts.add(new Mount.ReadOnly(workspace.box(), "/box"));
        return mounts;
    }

    List<String> compileCommand() {
        return template.expand(language.compile().orElseThrow().command());
    }

    List<String> runCommand() {
        return template.expand(language.run());
    }

    Map<String, String> env() {
        Map<String, String> env = new java.util.TreeMap<>();
        language.env().forEach((k, v) -> env.put(k, template.expand(v)));
        return env;
    }

    private List<Mount> languageMounts() {
        List<Mount> mounts = new ArrayList<>();
        for (String bind : template.expand(language.binds())) {
            Path path = Path.of(bind).toAbsolutePath().normalize();
            if (!SystemLayout.coveredByUsr(path) && Files.isDirectory(path)) {
                mounts.add(new Mount.ReadOnly(path, path.toString()));
            }
        }
        return mounts;
    }
}
