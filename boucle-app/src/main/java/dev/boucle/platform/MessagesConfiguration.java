package dev.boucle.platform;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The English and French bundles. Declared here rather than left to auto-configuration,
 * which only switches on when a language-less {@code messages.properties} exists; Boucle has
 * none on purpose, so that every text is written in both languages and none falls through.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

    /**
     * One bundle per feature that owns many texts, so the core bundle stays readable and
     * features written side by side do not edit the same file. Keys never repeat across bundles.
     */
    static final java.util.List<String> BUNDLES =
            java.util.List.of("i18n/messages", "i18n/judge", "i18n/offers", "i18n/scheduling", "i18n/pad", "i18n/portal", "i18n/privacy", "i18n/aiact", "i18n/webhooks", "i18n/users",
                    "i18n/analytics");

    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(BUNDLES.toArray(String[]::new));
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(Locale.ENGLISH);
        // Apostrophes are written once in the bundles only if every message goes through MessageFormat.
        source.setAlwaysUseMessageFormat(true);
        return source;
    }
}
