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

    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("i18n/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(Locale.ENGLISH);
        // Apostrophes are written once in the bundles only if every message goes through MessageFormat.
        source.setAlwaysUseMessageFormat(true);
        return source;
    }
}
