package dev.boucle.coding;

import dev.boucle.judge.problem.ProblemLoader;
import dev.boucle.platform.BoucleProperties;
import dev.boucle.platform.ClasspathText;
import dev.boucle.platform.Text;
import dev.boucle.platform.YamlNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The coding problems of the bank. The judge loads problems from folders, and the problems ship
 * inside the judge's jar, so on first use they are copied out to the data directory, into a folder
 * named after a hash of their content: a new release gets a new folder, a restart reuses the old
 * one. What the app adds to each problem (topic, round types, samples) is in {@code coding/bank.yaml}.
 * Nothing happens at start-up: the bank is read when a coding page or a submission first needs it.
 */
@Component
public class ProblemBank {

    static final String FILE = "coding/bank.yaml";
    private static final Set<String> FIELDS = Set.of("id", "topic", "difficulty", "roundTypes", "samples");

    private final Path root;
    private final Path extraBank;
    private final Path imported;
    /** The live bank (interviews) and the practice set (the candidates' portal): never a problem in both. */
    private record Sets(Map<String, CodingProblem> live, Map<String, CodingProblem> practice) {}

    private volatile Sets sets;

    ProblemBank(BoucleProperties properties, JudgeProperties judge) {
        this.root = properties.dataDir().resolve("judge").resolve("problems");
        this.extraBank = judge.extraBank();
        this.imported = properties.dataDir().resolve("judge").resolve("imported");
    }

    public Optional<CodingProblem> find(String id) {
        return Optional.ofNullable(all().get(id));
    }

    /** A problem the judge may run: one of the live bank or of the practice set. */
    Optional<CodingProblem> judgeable(String id) {
        Sets loaded = sets();
        return Optional.ofNullable(loaded.live().get(id)).or(() -> Optional.ofNullable(loaded.practice().get(id)));
    }

    public List<CodingProblem> forRoundType(String roundType) {
        return all().values().stream().filter(p -> p.roundTypes().contains(roundType)).toList();
    }

    /** The live bank: the problems interviews use. */
    public Map<String, CodingProblem> all() {
        return sets().live();
    }

    /**
     * The practice set: problems candidates may try before their interviews, listed under
     * {@code practice:} in the bank file. Loading refuses a problem listed in both, so practising
     * never shows a candidate a problem they could be given in an interview.
     */
    public Map<String, CodingProblem> practice() {
        return sets().practice();
    }

    private Sets sets() {
        Sets loaded = sets;
        if (loaded == null) {
            synchronized (this) {
                if (sets == null) sets = load();
                loaded = sets;
            }
        }
        return loaded;
    }

    private Sets load() {
        Path shipped = extract();
        YamlNode bank = YamlNode.compose("bank.yaml", ClasspathText.read(FILE), 256 * 1024);
        Map<String, YamlNode> lists = bank.fields(Set.of("problems", "practice"));
        Map<String, CodingProblem> byId = new LinkedHashMap<>(load(shipped, "bank.yaml", YamlNode.required(bank, lists, "problems")));
        Map<String, CodingProblem> practice = lists.containsKey("practice")
                ? load(shipped, "bank.yaml", lists.get("practice")) : Map.of();
        if (extraBank != null) addOwn(extraBank, byId);
        // Problems imported from packages on the admin page (ProblemPackages), in the same format.
        if (Files.isRegularFile(imported.resolve("bank.yaml"))) addOwn(imported, byId);
        for (String id : practice.keySet()) {
            if (byId.containsKey(id)) throw new IllegalStateException("bank.yaml: " + id + " is both a live problem and a practice one");
        }
        // In the bank file's order: the pages list problems as their authors arranged them.
        return new Sets(java.util.Collections.unmodifiableMap(byId), java.util.Collections.unmodifiableMap(new LinkedHashMap<>(practice)));
    }

    private void addOwn(Path folder, Map<String, CodingProblem> byId) {
        String name = folder.resolve("bank.yaml").toString();
        YamlNode file = YamlNode.compose(name, read(folder.resolve("bank.yaml")), 256 * 1024);
        Map<String, CodingProblem> own = load(folder, name, YamlNode.required(file, file.fields(Set.of("problems")), "problems"));
        for (String id : own.keySet()) {
            if (byId.containsKey(id)) throw new IllegalStateException(folder + "/bank.yaml: " + id + " is already a shipped problem");
        }
        byId.putAll(own);
    }

    /** The folder of problems imported from packages, with its own bank.yaml. */
    Path importedFolder() {
        return imported;
    }

    /** Reads the bank again on next use: after an import added a problem. */
    synchronized void reload() {
        sets = null;
    }

    /** Whether a problem of this id is anywhere in the bank, live or practice. */
    boolean taken(String id) {
        return judgeable(id).isPresent();
    }

    private Map<String, CodingProblem> load(Path folder, String fileName, YamlNode list) {
        ProblemLoader loader = new ProblemLoader();
        Parser markdown = Parser.builder().build();
        // Statements are our own files, but escaping raw HTML keeps a careless edit from becoming markup.
        HtmlRenderer html = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
        Map<String, CodingProblem> byId = new LinkedHashMap<>();
        for (YamlNode entry : list.list()) {
            Map<String, YamlNode> f = entry.fields(FIELDS);
            String id = YamlNode.required(entry, f, "id").string();
            Path dir = folder.resolve(id);
            // A wrong id or sample name is a mistake in the bank file, reported with its place.
            if (!Files.isDirectory(dir)) throw new IllegalStateException(fileName + " line " + entry.line() + ": no problem " + id);
            var problem = loader.load(dir);
            String en = read(dir.resolve("statement.en.md")), fr = read(dir.resolve("statement.fr.md"));
            List<String> samples = YamlNode.required(entry, f, "samples").list().stream().map(YamlNode::string).toList();
            for (String sample : samples) {
                if (problem.tests().stream().noneMatch(t -> t.name().equals(sample))) {
                    throw new IllegalStateException(fileName + " line " + entry.line() + ": " + id + " has no test " + sample);
                }
            }
            byId.put(id, new CodingProblem(id, new Text(heading(en, problem.title()), heading(fr, problem.title())),
                    YamlNode.required(entry, f, "topic").enumValue(CodingProblem.Topic.class),
                    YamlNode.required(entry, f, "difficulty").enumValue(CodingProblem.Difficulty.class),
                    YamlNode.required(entry, f, "roundTypes").list().stream().map(YamlNode::string).toList(),
                    Set.copyOf(samples),
                    new Text(html.render(markdown.parse(en)), html.render(markdown.parse(fr))), problem));
        }
        return byId;
    }

    /** The statement's first-level heading is the problem's title in that language. */
    private static String heading(String markdown, String fallback) {
        return markdown.lines().filter(l -> l.startsWith("# ")).findFirst().map(l -> l.substring(2).strip()).orElse(fallback);
    }

    private Path extract() {
        try {
            Map<String, Resource> files = new TreeMap<>();
            var resolver = new PathMatchingResourcePatternResolver(ProblemBank.class.getClassLoader());
            for (Resource r : resolver.getResources("classpath*:problems/**")) {
                if (!r.isReadable()) continue;
                String url = r.getURL().toString();
                int at = url.lastIndexOf("/problems/");
                if (at < 0 || url.endsWith("/")) continue;
                files.put(url.substring(at + "/problems/".length()), r);
            }
            if (files.isEmpty()) throw new IllegalStateException("the judge's problem bank is not on the classpath");
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            Map<String, byte[]> contents = new TreeMap<>();
            for (var file : files.entrySet()) {
                try (InputStream in = file.getValue().getInputStream()) {
                    byte[] bytes = in.readAllBytes();
                    contents.put(file.getKey(), bytes);
                    digest.update(file.getKey().getBytes(StandardCharsets.UTF_8));
                    digest.update(bytes);
                }
            }
            Path target = root.resolve(HexFormat.of().formatHex(digest.digest(), 0, 8));
            if (Files.isDirectory(target)) return target;
            Files.createDirectories(root);
            Path staging = Files.createTempDirectory(root, "staging-");
            for (var file : contents.entrySet()) {
                Path out = staging.resolve(file.getKey()).normalize();
                if (!out.startsWith(staging)) throw new IllegalStateException("bad resource name " + file.getKey());
                Files.createDirectories(out.getParent());
                Files.write(out, file.getValue());
            }
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException raced) {
                // Another instance sharing the data directory extracted the same bank first.
                if (!Files.isDirectory(target)) throw raced;
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
