package dev.boucle.platform;

import java.util.Locale;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * One setting for the console's log format: {@code BOUCLE_LOG_FORMAT=json} switches Boot's
 * structured logging to Elastic Common Schema (one JSON object per line, which Loki, Elastic,
 * Datadog and {@code jq} all read); {@code ecs}, {@code logstash} and {@code gelf} name a format
 * directly; unset or {@code text} keeps plain lines. It runs before the logging system starts,
 * so the very first line is already in the chosen format.
 */
final class LogFormat implements EnvironmentPostProcessor {

    private static final Map<String, String> FORMATS = Map.of("json", "ecs", "ecs", "ecs", "logstash", "logstash", "gelf", "gelf");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String wanted = environment.getProperty("BOUCLE_LOG_FORMAT", "").trim().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty() || wanted.equals("text")) return;
        String format = FORMATS.get(wanted);
        if (format == null) {
            throw new IllegalArgumentException("BOUCLE_LOG_FORMAT must be text, json, ecs, logstash or gelf, not '" + wanted + "'");
        }
        // Added last: an explicit logging.structured.format.console elsewhere still wins.
        environment.getPropertySources().addLast(new MapPropertySource("boucleLogFormat",
                Map.of("logging.structured.format.console", format)));
    }
}
