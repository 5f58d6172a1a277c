/** The scheduler's public API: instance and plan records, {@link dev.boucle.scheduler.Scheduler}, JSON in and out. */
package dev.boucle.scheduler;
