package dev.boucle.platform;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * English and French. A page switches with {@code ?lang=fr} (kept in a cookie); the API
 * follows Accept-Language when no cookie is set.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

    static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH);

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("boucle-lang") {
            @Override
            public void setLocale(jakarta.servlet.http.HttpServletRequest request,
                    jakarta.servlet.http.HttpServletResponse response, Locale locale) {
                // Only the two complete bundles: ?lang=de falls back to English, not to half a page.
                super.setLocale(request, response, supported(locale));
            }
        };
        resolver.setDefaultLocaleFunction(request -> supported(request.getLocale()));
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    static Locale supported(Locale locale) {
        return locale != null && "fr".equals(locale.getLanguage()) ? Locale.FRENCH : Locale.ENGLISH;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }
}
