package dev.boucle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** English and French are complete: same keys, no empty text, and every key the code uses exists. */
class I18nSyncTest {

    static final java.util.List<String> BUNDLES = java.util.List.of("messages", "judge", "offers", "scheduling", "pad", "portal", "privacy", "aiact", "webhooks", "users",
            "analytics");

    /** All bundles of one language merged; a key defined in two bundles is an error. */
    static Properties bundle(String language) throws IOException {
        Properties all = new Properties();
        for (String name : BUNDLES) {
            Properties p = new Properties();
            try (InputStream in = I18nSyncTest.class.getResourceAsStream("/i18n/" + name + "_" + language + ".properties")) {
                assertThat(in).as(name + "_" + language).isNotNull();
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (String key : p.stringPropertyNames()) {
                assertThat(all.containsKey(key)).as("key " + key + " defined twice (" + name + ")").isFalse();
                all.setProperty(key, p.getProperty(key));
            }
        }
        return all;
    }

    @Test
    @DisplayName("both bundles have the same keys and no empty message")
    void sameKeys() throws IOException {
        Properties en = bundle("en"), fr = bundle("fr");
        assertThat(fr.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        for (String key : en.stringPropertyNames()) {
            assertThat(en.getProperty(key)).as("en " + key).isNotBlank();
            assertThat(fr.getProperty(key)).as("fr " + key).isNotBlank();
        }
    }

    @Test
    @DisplayName("every message key written in a template or in the code is in the bundles")
    void everyUsedKeyExists() throws IOException {
        Set<String> keys = bundle("en").stringPropertyNames();
        Set<String> used = new TreeSet<>();
        Pattern inTemplate = Pattern.compile("ui\\.t\\(\"([a-z][a-z0-9.\\-]+)\"");
        // A string literal in Java counts as a key when its first segment is one the bundles use.
        String prefixes = String.join("|", keys.stream().map(k -> k.substring(0, k.indexOf('.'))).collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
        Pattern inJava = Pattern.compile("\"((?:" + prefixes + ")\\.[a-z0-9.\\-]+)\"");
        scan(Path.of("src/main/jte"), inTemplate, used);
        scan(Path.of("src/main/java"), inJava, used);
        assertThat(used).hasSizeGreaterThan(50);
        assertThat(keys).containsAll(used.stream().filter(k -> !k.endsWith(".") && !k.endsWith(".yaml")).toList());
    }

    @Test
    @DisplayName("every enum a page names through a key prefix has its messages")
    void enumKeys() throws IOException {
        Set<String> keys = bundle("fr").stringPropertyNames();
        for (var stage : dev.boucle.hiring.process.StageKind.values()) assertThat(keys).contains(stage.messageKey());
        // The live pad's script takes its words from these keys, rendered into the page.
        for (String word : dev.boucle.pad.PadTexts.KEYS) assertThat(keys).contains("pad.js." + word);
        for (var status : dev.boucle.hiring.ApplicationStatus.values()) assertThat(keys).contains("status." + status.name());
        for (var action : dev.boucle.hiring.Action.values()) {
            assertThat(keys).contains("action." + action.name(), "move.done." + action.name());
        }
        for (var event : dev.boucle.hiring.EventType.values()) assertThat(keys).contains("event." + event.name());
        for (var kind : dev.boucle.platform.ComputationRecords.Kind.values()) assertThat(keys).contains("aiact.kind." + kind.name());
        for (var duty : dev.boucle.privacy.DeployerDuties.Missing.values()) assertThat(keys).contains("aiact.duties.missing." + duty.name());
        for (var via : dev.boucle.privacy.ExplanationRequests.Via.values()) assertThat(keys).contains("aiact.via." + via.name());
        for (var signal : dev.boucle.privacy.AiNotice.SIGNALS) {
            assertThat(keys).contains("aiact.notice." + signal.key() + ".what", "aiact.notice." + signal.key() + ".how");
        }
        for (var health : dev.boucle.hiring.TimeInProcess.Health.values()) assertThat(keys).contains("health." + health.name());
        for (var policy : dev.boucle.hiring.process.AiPolicy.values()) assertThat(keys).contains("ai." + policy.name());
        for (var round : dev.boucle.hiring.Round.Status.values()) assertThat(keys).contains("round." + round.name());
        for (var role : dev.boucle.people.Role.values()) assertThat(keys).contains("role." + role.name());
        for (var mode : dev.boucle.interviews.Interview.Mode.values()) assertThat(keys).contains("interview.mode." + mode.name());
        for (var r : dev.boucle.interviews.Scorecard.Recommendation.values()) assertThat(keys).contains("recommendation." + r.name());
        for (var v : dev.boucle.interviews.FinalReview.Verdict.values()) assertThat(keys).contains("verdict." + v.name());
        for (var policy : dev.boucle.hiring.process.AiPolicy.values()) assertThat(keys).contains("ai.explain." + policy.name());
        for (var reason : dev.boucle.offers.DeclineReason.values()) assertThat(keys).contains(reason.messageKey());
    }

    private static void scan(Path root, Pattern pattern, Set<String> into) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) into.add(m.group(1));
            }
        }
    }
}
