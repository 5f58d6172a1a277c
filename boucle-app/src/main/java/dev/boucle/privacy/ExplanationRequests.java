package dev.boucle.privacy;

import dev.boucle.hiring.ApplicationDetails;
import dev.boucle.people.CurrentUser;
import dev.boucle.platform.BadInput;
import dev.boucle.platform.Conflict;
import dev.boucle.platform.NotFound;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests for an explanation of a decision that computed results took part in (AI Act Art. 86,
 * GDPR Art. 22(3)): asked by the candidate from their portal or by staff for them, due
 * {@code boucle.explanations.days} later (GDPR Art. 12(3): within a month), answered once by a
 * person, and the answer mailed to the candidate. Each step is in the audit log.
 */
@Service
public class ExplanationRequests {

    public enum Via { STAFF, PORTAL }

    public record Request(long id, long applicationId, long candidateId, String question, Instant askedAt, Instant dueAt, Via askedVia,
            @Nullable Long askedBy, @Nullable Instant answeredAt, @Nullable String answer, @Nullable Long answeredBy) {

        public boolean overdue(Instant now) {
            return answeredAt == null && now.isAfter(dueAt);
        }
    }

    /** A request with the application's logged computations: the inputs its answer is written from. */
    public record Detail(Request request, List<Oversight.Reviewed> computations) {}

    /** Open requests, and those of them past their due date. */
    public record Backlog(long open, long overdue) {}

    static final int QUESTION_LIMIT = 2000;
    static final int ANSWER_LIMIT = 10_000;
    private final JdbcClient jdbc;
    private final ApplicationDetails details;
    private final ExplanationMail mail;
    private final Computations computations;
    private final Oversight oversight;
    private final AuditLog audit;
    private final ExplanationSettings settings;
    private final Clock clock;

    ExplanationRequests(JdbcClient jdbc, ApplicationDetails details, ExplanationMail mail, Computations computations, Oversight oversight,
            AuditLog audit, ExplanationSettings settings, Clock clock) {
        this.computations = computations;
        this.oversight = oversight;
        this.jdbc = jdbc;
        this.details = details;
        this.mail = mail;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    /** Records a request about an application the caller has already checked is theirs to ask about, and tells its recruiters. */
    @Transactional
    public Request ask(ApplicationDetails.Details app, @Nullable String question, Via via, @Nullable Long askedBy) {
        String text = required("question", question, QUESTION_LIMIT);
        Instant now = clock.instant();
        Instant due = now.plus(Duration.ofDays(settings.days()));
        long id = jdbc.sql("""
                insert into explanation_requests (application_id, candidate_id, question, asked_at, due_at, asked_via, asked_by)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(app.id(), app.candidate().id(), text, Timestamp.from(now), Timestamp.from(due), via.name(), askedBy)
                .query(Long.class).single();
        audit.record(askedBy, AuditLog.Action.CHANGE, "explanation-request", id, app.candidate().id(), AuditLog.Reason.CANDIDATE_REQUEST);
        Request request = byId(id);
        mail.asked(app, request);
        return request;
    }

    /** Answers a request, once, and mails the answer to the candidate. */
    @Transactional
    public Request answer(long id, @Nullable String answer, CurrentUser by) {
        Request request = jdbc.sql("select * from explanation_requests where id = ? for update").param(id).query(this::row).optional()
                .orElseThrow(() -> new NotFound("explanation-request", id));
        ApplicationDetails.Details app = details.application(request.applicationId(), by);
        if (request.answeredAt() != null) throw new Conflict("aiact.explanation.answered");
        String text = required("answer", answer, ANSWER_LIMIT);
        jdbc.sql("update explanation_requests set answer = ?, answered_at = ?, answered_by = ? where id = ?")
                .params(text, Timestamp.from(clock.instant()), by.id(), id).update();
        audit.record(by.id(), AuditLog.Action.CHANGE, "explanation-request", id, request.candidateId(), AuditLog.Reason.CANDIDATE_REQUEST);
        Request answered = byId(id);
        mail.answered(app, answered);
        return answered;
    }

    /** A request and its computations, for staff related to the candidate; the read goes in the audit log under the candidate. */
    @Transactional
    public Detail detail(long id, CurrentUser reader) {
        Request request = byId(id);
        details.application(request.applicationId(), reader);
        audit.record(reader.id(), AuditLog.Action.READ, "explanation-request", id, request.candidateId(), AuditLog.Reason.CANDIDATE_REQUEST);
        return new Detail(request, oversight.reviewed(computations.ofApplication(request.applicationId())));
    }

    public Request byId(long id) {
        return jdbc.sql("select * from explanation_requests where id = ?").param(id).query(this::row).optional()
                .orElseThrow(() -> new NotFound("explanation-request", id));
    }

    /** Requests, the oldest due first; only the unanswered ones if {@code open}. */
    public List<Request> list(boolean open) {
        return jdbc.sql("select * from explanation_requests where (not ? or answered_at is null) order by due_at, id limit 500")
                .param(open).query(this::row).list();
    }

    public List<Request> ofCandidate(long candidateId) {
        return jdbc.sql("select * from explanation_requests where candidate_id = ? order by id").param(candidateId).query(this::row).list();
    }

    Backlog backlog() {
        return jdbc.sql("select count(*), count(*) filter (where due_at < ?) from explanation_requests where answered_at is null")
                .param(Timestamp.from(clock.instant())).query((rs, n) -> new Backlog(rs.getLong(1), rs.getLong(2))).single();
    }

    /** Questions and answers are the candidate's and staff's words about them: they go whole. */
    int erase(long candidateId, Collection<Long> applicationIds) {
        return jdbc.sql("delete from explanation_requests where candidate_id = ? or application_id = any(?)")
                .params(candidateId, applicationIds.toArray(Long[]::new)).update();
    }

    private static String required(String field, @Nullable String value, int limit) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) throw new BadInput(Map.of(field, "aiact." + field + ".required"), "aiact." + field + ".required");
        if (text.length() > limit) throw new BadInput(Map.of(field, "aiact.text.too-long"), "aiact.text.too-long", limit);
        return text;
    }

    private Request row(ResultSet rs, int n) throws SQLException {
        Timestamp answered = rs.getTimestamp("answered_at");
        return new Request(rs.getLong("id"), rs.getLong("application_id"), rs.getLong("candidate_id"), rs.getString("question"),
                rs.getTimestamp("asked_at").toInstant(), rs.getTimestamp("due_at").toInstant(), Via.valueOf(rs.getString("asked_via")),
                (Long) rs.getObject("asked_by"), answered == null ? null : answered.toInstant(), rs.getString("answer"),
                (Long) rs.getObject("answered_by"));
    }
}
