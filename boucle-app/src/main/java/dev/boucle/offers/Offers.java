package dev.boucle.offers;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The offers table. */
@Repository
class Offers {

    private static final String COLUMNS = """
            id, application_id, state, respond_by, office, currency, base, bonus_target_percent, sign_on, relocation, equity_instrument,
            equity_units, equity_strike, equity_valuation, vesting_months, cliff_months, liquidity_note, start_date,
            approval_reasons, approval_mode, approvals_required, submission, created_by, created_at, updated_at, decline_reason""";

    private final JdbcClient jdbc;

    Offers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long applicationId, OfferTerms t, long actor, Instant at) {
        return jdbc.sql("""
                insert into offers (application_id, state, office, currency, base, bonus_target_percent, sign_on, relocation,
                  equity_instrument, equity_units, equity_strike, equity_valuation, vesting_months, cliff_months, liquidity_note,
                  start_date, created_by, created_at, updated_at)
                values (:app, 'DRAFT', :office, :currency, :base, :bonus, :signOn, :relocation, :instrument, :units, :strike,
                  :valuation, :vesting, :cliff, :note, :start, :actor, :at, :at) returning id""")
                .param("app", applicationId).params(terms(t)).param("actor", actor).param("at", Timestamp.from(at))
                .query(Long.class).single();
    }

    void update(long id, OfferTerms t, Instant at) {
        jdbc.sql("""
                update offers set office = :office, currency = :currency, base = :base, bonus_target_percent = :bonus,
                  sign_on = :signOn, relocation = :relocation, equity_instrument = :instrument, equity_units = :units,
                  equity_strike = :strike, equity_valuation = :valuation, vesting_months = :vesting, cliff_months = :cliff,
                  liquidity_note = :note, start_date = :start, updated_at = :at where id = :id""")
                .params(terms(t)).param("id", id).param("at", Timestamp.from(at)).update();
    }

    private static java.util.Map<String, Object> terms(OfferTerms t) {
        java.util.Map<String, Object> p = new java.util.HashMap<>();
        p.put("office", t.office());
        p.put("currency", t.currency());
        p.put("base", t.base());
        p.put("bonus", t.bonusTargetPercent());
        p.put("signOn", t.signOn());
        p.put("relocation", t.relocation());
        Equity e = t.equity().orElse(null);
        p.put("instrument", e == null ? null : e.instrument().name());
        p.put("units", e == null ? null : e.units());
        p.put("strike", e == null ? null : e.strike());
        p.put("valuation", e == null ? null : e.valuation());
        p.put("vesting", e == null ? null : e.vestingMonths());
        p.put("cliff", e == null ? null : e.cliffMonths());
        p.put("note", e == null ? null : e.liquidityNote());
        p.put("start", t.startDate());
        return p;
    }

    /** Locks the row so that two people acting on one offer queue up. */
    Optional<Offer> lock(long id) {
        return jdbc.sql("select " + COLUMNS + " from offers where id = ? for update").param(id).query(Offers::map).optional();
    }

    Optional<Offer> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from offers where id = ?").param(id).query(Offers::map).optional();
    }

    List<Offer> ofApplication(long applicationId) {
        return jdbc.sql("select " + COLUMNS + " from offers where application_id = ? order by id").param(applicationId)
                .query(Offers::map).list();
    }

    boolean hasOpen(long applicationId) {
        return jdbc.sql("select exists(select 1 from offers where application_id = ? and state not in ('ACCEPTED', 'DECLINED', 'EXPIRED'))")
                .param(applicationId).query(Boolean.class).single();
    }

    void moveTo(long id, OfferState state, Instant at) {
        jdbc.sql("update offers set state = ?, updated_at = ? where id = ?").params(state.name(), Timestamp.from(at), id).update();
    }

    /** Why the candidate declined; only a declined offer takes one (the table checks it). */
    void declinedFor(long id, DeclineReason reason) {
        jdbc.sql("update offers set decline_reason = ? where id = ?").params(reason.name(), id).update();
    }

    void respondBy(long id, LocalDate date) {
        jdbc.sql("update offers set respond_by = ? where id = ?").params(java.sql.Date.valueOf(date), id).update();
    }

    /**
     * Locks the extended offers whose respond-by date is before today in their office, skipping
     * those another host holds: each is expired once. An office the process no longer has counts
     * as {@code elsewhere}.
     */
    List<Offer> lockOverdue(Map<String, LocalDate> todayByOffice, LocalDate elsewhere) {
        return jdbc.sql("select " + COLUMNS + """
                 from offers
                where state = 'EXTENDED' and respond_by < coalesce((select today.day::date
                    from unnest(?::text[], ?::text[]) as today (office, day) where today.office = offers.office), ?)
                order by id for update skip locked""")
                .params(todayByOffice.keySet().toArray(String[]::new),
                        todayByOffice.values().stream().map(LocalDate::toString).toArray(String[]::new), java.sql.Date.valueOf(elsewhere))
                .query(Offers::map).list();
    }

    /** A new submission: why approval is needed and how many approvals it takes. */
    int submit(long id, List<String> reasons, ApprovalPolicy.Mode mode, Integer required) {
        return jdbc.sql("""
                update offers set approval_reasons = ?::text[], approval_mode = ?, approvals_required = ?, submission = submission + 1
                where id = ? returning submission""")
                .params(reasons.toArray(String[]::new), mode == null ? null : mode.name(), required, id).query(Integer.class).single();
    }

    private static Offer map(ResultSet rs, int n) throws SQLException {
        Equity equity = null;
        if (rs.getString("equity_instrument") != null) {
            equity = new Equity(EquityInstrument.valueOf(rs.getString("equity_instrument")), rs.getLong("equity_units"),
                    rs.getBigDecimal("equity_strike") == null ? null : rs.getBigDecimal("equity_strike").stripTrailingZeros(),
                    rs.getBigDecimal("equity_valuation").stripTrailingZeros(), rs.getInt("vesting_months"), rs.getInt("cliff_months"),
                    rs.getString("liquidity_note"));
        }
        OfferTerms terms = new OfferTerms(rs.getString("office"), rs.getString("currency"), rs.getBigDecimal("base"),
                rs.getBigDecimal("bonus_target_percent"), rs.getBigDecimal("sign_on"), rs.getBigDecimal("relocation"),
                Optional.ofNullable(equity), rs.getDate("start_date").toLocalDate());
        Array reasons = rs.getArray("approval_reasons");
        String mode = rs.getString("approval_mode");
        int required = rs.getInt("approvals_required");
        boolean noRequired = rs.wasNull();
        java.sql.Date respondBy = rs.getDate("respond_by");
        String declined = rs.getString("decline_reason");
        return new Offer(rs.getLong("id"), rs.getLong("application_id"), OfferState.valueOf(rs.getString("state")),
                respondBy == null ? null : respondBy.toLocalDate(), terms,
                List.of((String[]) reasons.getArray()), mode == null ? null : ApprovalPolicy.Mode.valueOf(mode),
                noRequired ? null : required, rs.getInt("submission"), rs.getLong("created_by"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
                declined == null ? null : DeclineReason.valueOf(declined));
    }
}
