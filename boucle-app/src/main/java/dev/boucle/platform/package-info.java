/**
 * What every module stands on: the database (embedded PostgreSQL unless one is configured),
 * RFC 9457 problem responses, locale and messages, and the settings record.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dev.boucle.platform;
