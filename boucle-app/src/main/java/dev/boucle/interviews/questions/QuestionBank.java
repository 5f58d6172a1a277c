package dev.boucle.interviews.questions;

import dev.boucle.hiring.ApplicationId;
import dev.boucle.hiring.CandidateId;
import dev.boucle.hiring.Panels;
import dev.boucle.hiring.process.HiringProcess;
import dev.boucle.hiring.process.Level;
import dev.boucle.hiring.process.ProcessCatalog;
import dev.boucle.hiring.process.Track;
import dev.boucle.interviews.rubric.Rubric;
import dev.boucle.interviews.rubric.Rubrics;
import dev.boucle.platform.BadInput;
import dev.boucle.platform.ClasspathText;
import dev.boucle.platform.NotFound;
import dev.boucle.platform.Text;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The question bank: every version of every question, in the database. It starts from the
 * shipped questions.yaml; admins then add, edit (a new version) and retire questions.
 */
@Component
public class QuestionBank {

    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{2,79}");
    static final String FILE = "interviews/questions.yaml";
    private final JdbcClient jdbc;
    private final Panels panels;
    private final Rubrics rubrics;
    private final ProcessCatalog catalog;
    private final JsonMapper json = JsonMapper.builder().build();

    QuestionBank(JdbcClient jdbc, Rubrics rubrics, ProcessCatalog catalog, Panels panels) {
        this.panels = panels;
        this.jdbc = jdbc;
        this.rubrics = rubrics;
        this.catalog = catalog;
    }

    /** Loads the shipped questions into an empty bank; a no-op once the bank has any. */
    @Transactional
    public int seedIfEmpty() {
        if (jdbc.sql("select exists(select 1 from questions)").query(Boolean.class).single()) return 0;
        List<Question> shipped = QuestionFile.parse("questions.yaml", ClasspathText.read(FILE), rubrics.all(), trackKeys(), levelKeys());
        for (Question q : shipped) insert(q, null);
        return shipped.size();
    }

    /** The latest version of each question, optionally of one round type; retired ones included. */
    public List<Question> latest(String roundType) {
        return jdbc.sql("""
                select distinct on (id) id, version, round_type, body::text, retired from questions
                where (cast(:type as text) is null or round_type = :type) order by id, version desc""")
                .param("type", roundType).query((rs, n) -> map(rs)).list();
    }

    public Optional<Question> current(String id) {
        return jdbc.sql("select id, version, round_type, body::text, retired from questions where id = ? order by version desc limit 1")
                .param(id).query((rs, n) -> map(rs)).optional();
    }

    public Optional<Question> version(String id, int version) {
        return jdbc.sql("select id, version, round_type, body::text, retired from questions where id = ? and version = ?")
                .params(id, version).query((rs, n) -> map(rs)).optional();
    }

    /** Adds a question (new id) or a new version of one; nothing is ever overwritten. */
    @Transactional
    public Question save(String id, String roundType, Question.Body body, long actorId) {
        Map<String, String> errors = validate(id, roundType, body);
        if (!errors.isEmpty()) throw new BadInput(errors, "problem.invalid-fields", String.join(", ", errors.keySet()));
        Optional<Question> existing = current(id);
        if (existing.isPresent() && !existing.get().roundType().equals(roundType)) {
            throw new BadInput(Map.of("roundType", "question.round-type.fixed"), "question.round-type.fixed");
        }
        Question next = new Question(id, existing.map(q -> q.version() + 1).orElse(1), roundType, body, false);
        insert(next, actorId);
        return next;
    }

    @Transactional
    public Question retire(String id, long actorId) {
        Question q = current(id).orElseThrow(() -> new NotFound("question", id));
        jdbc.sql("update questions set retired = true where id = ?").param(id).update();
        return new Question(q.id(), q.version(), q.roundType(), q.body(), true);
    }

    /** How many interviews have used each question (planned or held), for rotation. */
    public Map<String, Integer> exposure() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        jdbc.sql("select question_id, count(*) from interviews where question_id is not null group by question_id")
                .query(rs -> { counts.put(rs.getString(1), rs.getInt(2)); });
        return counts;
    }

    /** The questions already planned or asked for this candidate, in any of their interviews but one. */
    public Set<String> givenTo(long candidateId, long exceptRoundId) {
        Long[] applications = panels.applicationsOf(new CandidateId(candidateId)).stream().map(ApplicationId::value).toArray(Long[]::new);
        return Set.copyOf(jdbc.sql("""
                select question_id from interviews
                where application_id = any(?) and question_id is not null and round_id <> ?""")
                .params(applications, exceptRoundId).query(String.class).list());
    }

    private Map<String, String> validate(String id, String roundType, Question.Body body) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (id == null || !ID.matcher(id).matches()) errors.put("id", "question.id.invalid");
        Rubric rubric = roundType == null ? null : rubrics.of(roundType).orElse(null);
        if (rubric == null) errors.put("roundType", "question.round-type.unknown");
        if (body == null) {
            errors.put("body", "field.required");
            return errors;
        }
        for (var entry : Map.of("title", body.title(), "prompt", body.prompt(), "guide", body.guide()).entrySet()) {
            Text t = entry.getValue();
            if (t == null || blank(t.en()) || blank(t.fr())) errors.put(entry.getKey(), "question.text.both-languages");
        }
        for (var entry : Map.of("followUps", body.followUps(), "strongSignals", body.strongSignals(), "weakSignals", body.weakSignals()).entrySet()) {
            if (entry.getValue().stream().anyMatch(t -> blank(t.en()) || blank(t.fr()))) errors.put(entry.getKey(), "question.text.both-languages");
        }
        if (rubric != null && (body.competencies().isEmpty() || !rubric.keys().containsAll(body.competencies()))) {
            errors.put("competencies", "question.competencies.invalid");
        }
        if (!trackKeys().containsAll(body.tracks()) || body.tracks().isEmpty()) errors.put("tracks", "question.tracks.invalid");
        if (!levelKeys().containsAll(body.levels()) || body.levels().isEmpty()) errors.put("levels", "question.levels.invalid");
        if (!QuestionFile.DIFFICULTIES.contains(String.valueOf(body.difficulty()))) errors.put("difficulty", "question.difficulty.invalid");
        return errors;
    }

    private void insert(Question q, Long actorId) {
        jdbc.sql("insert into questions (id, version, round_type, body, created_by) values (?, ?, ?, ?::jsonb, ?)")
                .params(q.id(), q.version(), q.roundType(), json.writeValueAsString(q.body()), actorId).update();
    }

    private Question map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Question(rs.getString(1), rs.getInt(2), rs.getString(3), json.readValue(rs.getString(4), Question.Body.class),
                rs.getBoolean(5));
    }

    private Set<String> trackKeys() {
        HiringProcess p = catalog.current();
        return p.tracks().stream().map(Track::key).collect(Collectors.toSet());
    }

    private Set<String> levelKeys() {
        return catalog.current().levels().stream().map(Level::key).collect(Collectors.toSet());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
