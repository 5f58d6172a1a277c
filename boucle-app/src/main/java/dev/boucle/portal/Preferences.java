package dev.boucle.portal;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The candidate's language and zone, remembered across links and used for the e-mails the portal sends them. */
@Repository
class Preferences {

    record Preference(Locale locale, @Nullable ZoneId zone) {
        ZoneId zoneOr(ZoneId fallback) {
            return zone == null ? fallback : zone;
        }
    }

    private final JdbcClient jdbc;

    Preferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Preference of(long candidateId) {
        return jdbc.sql("select locale, zone from portal_preferences where candidate_id = ?").param(candidateId)
                .query((rs, n) -> new Preference(Locale.forLanguageTag(rs.getString(1)), zone(rs.getString(2)))).optional()
                .orElse(new Preference(Locale.ENGLISH, null));
    }

    void locale(long candidateId, Locale locale) {
        jdbc.sql("""
                insert into portal_preferences (candidate_id, locale) values (?, ?)
                on conflict (candidate_id) do update set locale = excluded.locale, updated_at = now()""")
                .params(candidateId, locale.getLanguage()).update();
    }

    void zone(long candidateId, ZoneId zone) {
        jdbc.sql("""
                insert into portal_preferences (candidate_id, zone) values (?, ?)
                on conflict (candidate_id) do update set zone = excluded.zone, updated_at = now()""")
                .params(candidateId, zone.getId()).update();
    }

    private static @Nullable ZoneId zone(@Nullable String id) {
        try {
            return id == null ? null : ZoneId.of(id);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
