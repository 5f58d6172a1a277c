package dev.boucle.hiring.process;

import dev.boucle.platform.Text;

import java.time.ZoneId;
import java.util.Currency;

/** An office: where a job sits, its time zone, its pay currency and the region its data stays in. */
public record Office(String key, Text name, ZoneId zone, Currency currency, String region) {}
