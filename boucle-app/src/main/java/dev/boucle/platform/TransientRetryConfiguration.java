package dev.boucle.platform;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;

/** Registers {@link TransientRetry} with the proxies Spring already builds for transactions. */
@Configuration(proxyBeanMethods = false)
class TransientRetryConfiguration {

    // Infrastructure role: the auto-proxy creator that applies transactions applies only such advisors.
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static TransientRetry.Advisor transientRetryAdvisor() {
        return new TransientRetry.Advisor();
    }
}
