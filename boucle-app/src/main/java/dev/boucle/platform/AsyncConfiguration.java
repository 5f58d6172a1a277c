package dev.boucle.platform;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Modules' event listeners ({@code @ApplicationModuleListener}) run on Spring Boot's task
 * executor after the publishing transaction commits, so a slow or failing listener never holds
 * up or fails the request that made the change; the publication registry retries it.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class AsyncConfiguration {}
