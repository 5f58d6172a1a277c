package dev.boucle.analytics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Offer acceptance: of the offers extended on the filtered applications, how many were accepted,
 * declined or let expire, the acceptance rate among those answered, and the days from extending
 * to the answer (median). One query; each count under five withheld.
 */
@Service
@Transactional(readOnly = true)
class OffersReport {

    record Offers(@Nullable Long extended, @Nullable Long accepted, @Nullable Long declined, @Nullable Long expired,
            @Nullable Long pending, @Nullable Double acceptanceRate, @Nullable Double medianDaysToAnswer, boolean suppressed,
            int minimumGroup) {

        Table table() {
            return new Table(List.of("extended", "accepted", "declined", "expired", "pending", "acceptanceRate", "medianDaysToAnswer"),
                    List.of(java.util.Arrays.asList(extended, accepted, declined, expired, pending, acceptanceRate, medianDaysToAnswer)));
        }
    }

    private final JdbcClient jdbc;

    OffersReport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Offers of(Filter filter) {
        Map<String, Object> params = new HashMap<>();
        String where = filter.where(params);
        record Row(long extended, long accepted, long declined, long expired, @Nullable Double median) {}
        Row r = jdbc.sql("""
                select count(*) filter (where o.extended_at is not null),
                       count(*) filter (where o.outcome = 'ACCEPTED'),
                       count(*) filter (where o.outcome = 'DECLINED'),
                       count(*) filter (where o.outcome = 'EXPIRED'),
                       percentile_cont(0.5) within group (order by extract(epoch from o.answered_at - o.extended_at) / 86400.0)
                           filter (where o.answered_at is not null and o.extended_at is not null)
                from analytics_offers o join analytics_applications a on a.application_id = o.application_id
                where %s""".formatted(where))
                .params(params)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), (Double) rs.getObject(5)))
                .single();
        if (!SmallGroups.shown(r.extended())) {
            return new Offers(null, null, null, null, null, null, null, true, SmallGroups.MINIMUM);
        }
        long answered = r.accepted() + r.declined() + r.expired();
        long pending = Math.max(0, r.extended() - answered);
        boolean acceptedShown = SmallGroups.shown(r.accepted()), declinedShown = SmallGroups.shown(r.declined()),
                expiredShown = SmallGroups.shown(r.expired()), pendingShown = SmallGroups.shown(pending);
        boolean rateShown = acceptedShown && answered >= SmallGroups.MINIMUM && SmallGroups.shown(answered - r.accepted());
        return new Offers(r.extended(), acceptedShown ? r.accepted() : null, declinedShown ? r.declined() : null,
                expiredShown ? r.expired() : null, pendingShown ? pending : null,
                rateShown ? FunnelReport.round((double) r.accepted() / answered, 4) : null,
                answered >= SmallGroups.MINIMUM ? FunnelReport.round(r.median(), 2) : null,
                !(acceptedShown && declinedShown && expiredShown && pendingShown && rateShown), SmallGroups.MINIMUM);
    }
}
