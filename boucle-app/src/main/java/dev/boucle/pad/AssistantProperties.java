package dev.boucle.pad;

import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The pad's assistant: an OpenAI-compatible chat endpoint of the customer's choosing (a model
 * server of their own, or a provider). Off when no URL is set. From BOUCLE_ASSISTANT_URL,
 * BOUCLE_ASSISTANT_MODEL and BOUCLE_ASSISTANT_KEY.
 *
 * @param url     the API's base, e.g. {@code http://models.internal:8000/v1}; Boucle posts to {@code <url>/chat/completions}
 * @param model   the model name the endpoint expects
 * @param key     the bearer key, if the endpoint wants one; never logged, never sent to a browser
 * @param timeout how long a candidate waits for an answer
 */
@ConfigurationProperties("boucle.assistant")
record AssistantProperties(@Nullable String url, @Nullable String model, @Nullable String key, @Nullable Duration timeout) {

    AssistantProperties {
        if (url != null && url.isBlank()) url = null;
        if (url != null) {
            URI parsed = URI.create(url);
            if (!"http".equals(parsed.getScheme()) && !"https".equals(parsed.getScheme())) {
                throw new IllegalArgumentException("boucle.assistant.url must be an http or https address");
            }
        }
        if (model == null || model.isBlank()) model = "default";
        if (key != null && key.isBlank()) key = null;
        if (timeout == null) timeout = Duration.ofSeconds(60);
    }

    boolean enabled() {
        return url != null;
    }

    URI completions() {
        return URI.create(url.endsWith("/") ? url + "chat/completions" : url + "/chat/completions");
    }

    @Override
    public String toString() {
        return "AssistantProperties[url=" + url + ", model=" + model + ", key=" + (key == null ? "none" : "(set)") + "]";
    }
}
