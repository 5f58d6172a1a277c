package dev.boucle;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Boundaries the module verification cannot see, because they live in strings and files: each
 * module's SQL names only its own tables, every table belongs to one module, new migrations
 * are named for the module whose tables they create, and no source file grows past 300 lines.
 */
public class ModuleBoundariesTest {

    /** Each module's tables. Another module asks through the owner's public API or reacts to its events. */
    public static final Map<String, Set<String>> TABLES = Map.ofEntries(
            Map.entry("platform", Set.of("mail_outbox", "spring_session", "spring_session_attributes", "event_publication")),
            Map.entry("people", Set.of("users", "api_tokens", "sign_in_failures", "password_links", "password_reset_requests")),
            Map.entry("hiring", Set.of("jobs", "candidates", "applications", "application_events", "rounds", "round_panel",
                    "job_stage_counts", "job_stage_count_changes", "job_board_counts", "process_versions")),
            Map.entry("interviews", Set.of("interviews", "interview_notes", "questions", "scorecards", "scorecard_reminders",
                    "stage_closures", "committee_votes", "decisions")),
            Map.entry("coding", Set.of("coding_pads", "submissions")),
            Map.entry("pad", Set.of("pad_documents", "pad_events")),
            Map.entry("scheduling", Set.of("busy_times", "candidate_availability", "declines", "interviewer_profiles", "invitations",
                    "schedules", "offered_plans")),
            Map.entry("portal", Set.of("portal_links", "portal_keys", "portal_preferences", "portal_guide_versions")),
            Map.entry("privacy", Set.of("audit_pending", "audit_log", "audit_head", "lawful_bases", "legal_holds", "erasures", "consent_renewals",
                    "computations", "oversight", "explanation_requests", "deployer_duties")),
            Map.entry("offers", Set.of("offers", "offer_events", "offer_approvals", "offer_approvers", "comp_band_versions")),
            Map.entry("webhooks", Set.of("webhook_endpoints", "webhook_deliveries", "webhook_attempts")),

            Map.entry("analytics", Set.of("analytics_applications", "analytics_moves", "analytics_stage_visits", "analytics_offers",
                    "analytics_interviews", "analytics_scorecards", "analytics_verdicts", "analytics_calibrations")));

    static final int MAX_LINES = 300;
    /** Migrations up to this version were written before the rule; later ones follow it. */
    static final int LAST_UNNAMED_MIGRATION = 12;

    static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();
    static final List<Path> SOURCES = Stream.of("boucle-app", "boucle-judge", "boucle-scheduler", "boucle-comp")
            .map(m -> ROOT.resolve(m).resolve("src/main/java")).toList();
    static final JavaClasses CLASSES = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.boucle");
    static final Pattern STRING = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);
    static final Pattern TABLE = Pattern.compile("\\b(?:from|join|into|update|table)\\s+([a-z_]+)\\b", Pattern.CASE_INSENSITIVE);
    static final Pattern SQL = Pattern.compile("\\b(select|insert|update|delete)\\b", Pattern.CASE_INSENSITIVE);

    @Test
    void eachModulesSqlNamesOnlyItsOwnTables() {
        classes().that().resideInAPackage("dev.boucle..").and().areTopLevelClasses()
                .should(new ArchCondition<JavaClass>("name only their own module's tables in SQL") {
                    @Override
                    public void check(JavaClass c, ConditionEvents events) {
                        String module = module(c);
                        Set<String> own = TABLES.get(module);
                        if (own == null) return;
                        for (String table : tablesNamedBy(c)) {
                            if (own.contains(table) || owner(table).isEmpty()) continue;
                            events.add(SimpleConditionEvent.violated(c, module + "." + c.getSimpleName() + " -> " + table
                                    + " (a table of " + owner(table).get() + "): ask its public API or listen to its events"));
                        }
                    }
                }).check(CLASSES);
    }

    @Test
    void everyTableBelongsToExactlyOneModule() {
        Set<String> created = new TreeSet<>();
        for (Path migration : migrations()) {
            Matcher m = Pattern.compile("create table (?:if not exists )?([a-z_]+)", Pattern.CASE_INSENSITIVE).matcher(read(migration));
            while (m.find()) created.add(m.group(1).toLowerCase());
        }
        Set<String> owned = TABLES.values().stream().flatMap(Set::stream).collect(Collectors.toCollection(TreeSet::new));
        assertThat(owned).as("tables of the migrations (and Spring Session's, Modulith's)").containsAll(created);
        assertThat(TABLES.values().stream().mapToInt(Set::size).sum()).as("no table in two modules").isEqualTo(owned.size());
    }

    @Test
    void newMigrationsAreNamedForTheModuleWhoseTablesTheyCreate() {
        Pattern name = Pattern.compile("V(\\d+)__([a-z]+)_[a-z0-9_]+\\.sql");
        for (Path migration : migrations()) {
            String file = migration.getFileName().toString();
            int version = Integer.parseInt(file.substring(1, file.indexOf("__")));
            if (version <= LAST_UNNAMED_MIGRATION) continue;
            Matcher m = name.matcher(file);
            assertThat(m.matches()).as(file + ": V<n>__<module>_<what>.sql").isTrue();
            Set<String> own = TABLES.get(m.group(2));
            assertThat(own).as(file + " names a module").isNotNull();
            Matcher created = Pattern.compile("(?:create|alter) table (?:if not exists )?([a-z_]+)", Pattern.CASE_INSENSITIVE)
                    .matcher(read(migration));
            while (created.find()) assertThat(own).as(file + " changes only " + m.group(2) + "'s tables").contains(created.group(1));
        }
    }

    @Test
    void theRulesSeeTheSources() {
        long withSource = CLASSES.stream().filter(JavaClass::isTopLevelClass).filter(c -> source(c).isPresent()).count();
        assertThat(withSource).as("top-level classes whose source file the rules read").isGreaterThan(300);
    }

    @Test
    void noSourceFileHasMoreThan300Lines() {
        classes().that().resideInAPackage("dev.boucle..").and().areTopLevelClasses()
                .should(new ArchCondition<JavaClass>("have a source file of at most " + MAX_LINES + " lines") {
                    @Override
                    public void check(JavaClass c, ConditionEvents events) {
                        source(c).ifPresent(file -> {
                            long lines = read(file).lines().count();
                            if (lines > MAX_LINES) {
                                events.add(SimpleConditionEvent.violated(c, file.getFileName() + " has " + lines + " lines"));
                            }
                        });
                    }
                }).check(CLASSES);
    }

    private static String module(JavaClass c) {
        if (!c.getPackageName().startsWith("dev.boucle.")) return "";
        String rest = c.getPackageName().substring("dev.boucle.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static Optional<String> owner(String table) {
        return TABLES.entrySet().stream().filter(e -> e.getValue().contains(table)).map(Map.Entry::getKey).findFirst();
    }

    /** The tables named in the SQL text of a class's string literals and text blocks. */
    private static Set<String> tablesNamedBy(JavaClass c) {
        Set<String> tables = new TreeSet<>();
        source(c).ifPresent(file -> {
            Matcher s = STRING.matcher(read(file));
            while (s.find()) {
                String text = s.group(1) != null ? s.group(1) : s.group(2);
                if (!SQL.matcher(text).find()) continue;
                Matcher t = TABLE.matcher(text);
                while (t.find()) tables.add(t.group(1).toLowerCase());
            }
        });
        return tables;
    }

    private static Optional<Path> source(JavaClass c) {
        String relative = c.getPackageName().replace('.', '/') + "/" + c.getSimpleName() + ".java";
        return SOURCES.stream().map(root -> root.resolve(relative)).filter(Files::exists).findFirst();
    }

    private static List<Path> migrations() {
        try (Stream<Path> files = Files.list(ROOT.resolve("boucle-app/src/main/resources/db/migration"))) {
            return files.filter(f -> f.toString().endsWith(".sql")).sorted().collect(Collectors.toCollection(ArrayList::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
