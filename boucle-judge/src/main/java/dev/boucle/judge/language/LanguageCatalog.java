package dev.boucle.judge.language;

import dev.boucle.judge.config.ConfigException;
import dev.boucle.judge.config.YamlFields;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The languages a judge instance offers, read from languages.yaml. */
public final class LanguageCatalog {
    private static final String RESOURCE = "/dev/boucle/judge/languages.yaml";

    private final SandboxDefaults defaults;
    private final Map<String, Language> languages;

    public LanguageCatalog(SandboxDefaults defaults, List<Language> languages) {
        this.defaults = defaults;
        this.languages = new LinkedHashMap<>();
        languages.forEach(l -> this.languages.put(l.id(), l));
    }

    /** The catalog bundled with the judge. */
    public static LanguageCatalog builtIn() {
        InputStream in = LanguageCatalog.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new ConfigException("languages.yaml is missing from the judge's classpath");
        }
        return parse(in, "languages.yaml");
    }

    public static LanguageCatalog parse(InputStream in, String where) {
        YamlFields root = YamlFields.parse(in, where).allowOnly(Set.of("defaults", "languages"));
        YamlFields d = root.optionalChild("defaults")
                .orElseThrow(() -> new ConfigException(where + ": missing 'defaults'"))
                .allowOnly(Set.of("tmpSizeMb", "fileSizeMb", "openFiles", "maxProcesses", "stderrKb"));
        SandboxDefaults defaults = new SandboxDefaults(d.integer("tmpSizeMb"), d.integer("fileSizeMb"),
                d.integer("openFiles"), d.integer("maxProcesses"), d.integer("stderrKb"));
        List<Language> languages = root.children("languages").stream()
                .map(fields -> language(fields, defaults))
                .toList();
        return new LanguageCatalog(defaults, languages);
    }

    private static Language language(YamlFields f, SandboxDefaults defaults) {
        f.allowOnly(Set.of("id", "name", "sourceFile", "compile", "run", "binds", "env", "extraTimeMs",
                "extraMemoryMb", "maxProcesses", "memoryErrorMarkers", "function", "sourceExtensions",
                "compileErrorInRun"));
        Optional<CompileStep> compile = f.optionalChild("compile").map(LanguageCatalog::compileStep);
        try {
            return new Language(f.string("id"), f.string("name"), f.string("sourceFile"), compile,
                    f.strings("run"), f.strings("binds"), f.stringMap("env"),
                    f.optionalInteger("extraTimeMs").orElse(0), f.optionalInteger("extraMemoryMb").orElse(0),
                    f.optionalInteger("maxProcesses").orElse(defaults.maxProcesses()),
                    f.strings("memoryErrorMarkers"), f.optionalChild("function").map(LanguageCatalog::harness),
                    f.strings("sourceExtensions"),
                    f.optionalChild("compileErrorInRun").map(LanguageCatalog::compileErrorSignal));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(f.where() + ": " + e.getMessage(), e);
        }
    }

    private static CompileStep compileStep(YamlFields c) {
        c.allowOnly(Set.of("command", "timeLimitMs", "memoryLimitMb", "maxProcesses"));
        return new CompileStep(c.strings("command"), c.integer("timeLimitMs"), c.integer("memoryLimitMb"),
                c.integer("maxProcesses"));
    }

    private static CompileErrorSignal compileErrorSignal(YamlFields c) {
        c.allowOnly(Set.of("exitCode", "marker"));
        return new CompileErrorSignal(c.integer("exitCode"), c.string("marker"));
    }

    private static FunctionHarness harness(YamlFields h) {
        h.allowOnly(Set.of("solutionFile", "harnessFiles", "declare", "argument", "types", "compile"));
        return new FunctionHarness(h.string("solutionFile"), h.strings("harnessFiles"),
                h.optionalString("declare").orElse(""), h.string("argument"), h.stringMap("types"),
                compileStep(h.optionalChild("compile").orElseThrow(
                        () -> new ConfigException(h.where() + ": missing field 'compile'"))));
    }

    public Optional<Language> find(String id) {
        return Optional.ofNullable(languages.get(id));
    }

    public List<Language> all() {
        return List.copyOf(languages.values());
    }

    public SandboxDefaults defaults() {
        return defaults;
    }

    /** A copy with one language replaced, e.g. tests tightening compile limits. */
    public LanguageCatalog with(Language language) {
        Map<String, Language> copy = new LinkedHashMap<>(languages);
        copy.put(language.id(), language);
        return new LanguageCatalog(defaults, List.copyOf(copy.values()));
    }
}
