package dev.boucle.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * BOUCLE_LOG_FORMAT=json turns the console into one JSON object per line. A bare Spring
 * application is enough to show it: the switch acts on Boot's logging system, before any bean.
 */
@ExtendWith(OutputCaptureExtension.class)
class LogFormatTest {

    @Configuration(proxyBeanMethods = false)
    static class Nothing {}

    /** Boot hands the format to Logback as a system property, which outlives the context: later tests log plain. */
    @AfterEach
    void plainAgain() {
        System.clearProperty("CONSOLE_LOG_STRUCTURED_FORMAT");
    }

    @Test
    @DisplayName("with BOUCLE_LOG_FORMAT=json a log line is an ECS JSON object with its message and logger")
    void jsonLines() throws Exception {
        String line = logLine("json", "a line to find, with \"quotes\"");
        JsonNode json = JsonMapper.builder().build().readTree(line);
        assertThat(json.get("message").asString()).isEqualTo("a line to find, with \"quotes\"");
        assertThat(json.get("log").get("logger").asString()).isEqualTo("dev.boucle.logcheck");
        assertThat(json.get("log").get("level").asString()).isEqualTo("INFO");
        assertThat(json.has("@timestamp")).isTrue();
    }

    @Test
    @DisplayName("without the setting the same line is plain text")
    void plainByDefault() throws Exception {
        String line = logLine("", "a plain line to find");
        assertThat(line).doesNotStartWith("{").contains(" INFO ");
    }

    /**
     * Starts a bare application in a JVM of its own and returns the console line holding the
     * message: Logback is configured once per JVM, so in this one the first test context to start
     * would decide the format for every later one.
     */
    private static String logLine(String format, String message) throws Exception {
        String javaBin = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"), Child.class.getName(), message)
                .redirectErrorStream(true);
        builder.environment().put("BOUCLE_LOG_FORMAT", format);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(out).isZero();
        return out.lines().filter(l -> l.contains(message.substring(0, 12))).findFirst().orElseThrow(() -> new AssertionError(out));
    }

    /** The child JVM: a bare application that logs one line. */
    public static final class Child {
        public static void main(String[] args) {
            try (ConfigurableApplicationContext context = start()) {
                LoggerFactory.getLogger("dev.boucle.logcheck").info(args[0]);
            }
        }
    }

    @Test
    @DisplayName("an unknown format stops the start with a message naming the setting")
    void unknownFormat() {
        assertThatThrownBy(() -> start("--BOUCLE_LOG_FORMAT=xml").close())
                .hasMessageContaining("BOUCLE_LOG_FORMAT must be text, json, ecs, logstash or gelf");
    }

    private static ConfigurableApplicationContext start(String... args) {
        SpringApplication app = new SpringApplication(Nothing.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        return app.run(args);
    }
}
